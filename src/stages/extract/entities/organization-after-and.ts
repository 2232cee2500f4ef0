import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";
import { acronymAfter } from "./acronym-after.js";
import { isOrganizationLastWord } from "./ends-on-organization-word.js";
import { isOrganizationFinalHead } from "./organization-head.js";
import { spacedToken } from "./spaced-token.js";

/** A name in capitals ("FBI", "NATO"). */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Capitalised words of an English name after its "and", at most. */
const REACH = 4;

/** Words that go on a firm's name of several words after "and" ("Alex Brown and Sons Inc", "Morgan Stanley and Co"). */
const FIRM_TAILS = new Set(["sons", "co", "company", "partners", "associates", "brothers"]);

/**
 * Where an English organisation's name goes on through "and" from the name of tokens `first`..`last`: "Securities and
 * Exchange Commission", "Food and Drug Administration", "Alex Brown and Sons Inc", "Morgan Stanley and Co Inc". Only
 * when the capitalised words after "and", one space apart in the sentence, end on an organisation's last word or
 * head; and after a name of several words, only when they open on a firm's tail ("Sons", "Co"): two names joined by
 * "and" are two ("Britain and France", "Citibank NA and Chase Manhattan Bank NA", "Acme Steel Corp and Acme Mining
 * Corp"). The index of that last token, or null.
 */
export function organizationAfterAnd(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  language: string,
): number | null {
  const link = tokens[last + 1];
  if (language !== "en" || link?.normal !== "and" || !spacedToken(tokens, text, last + 1)) return null;
  // Capitalised words after "and", then an acronym in parentheses: one name ("National Institute of Geophysics and
  // Volcanology (INGV)", "Procter and Gamble (P&G)").
  for (let end = last + 2; end <= last + 1 + REACH && capitalisedAt(tokens, text, end, last); end++)
    if (acronymAfter(text, tokens[end]!.end) !== undefined) return end;
  // A lone word before "and" is a complement's ("Securities and Exchange Commission"); a sentence's "The" not counted.
  const after = tokens[last + 2];
  if (wordsWithin(tokens, first, last) > 1 && (after === undefined || !FIRM_TAILS.has(after.normal))) return null;
  // An acronym is a whole name, no complement: "FBI and Justice Department" are two ("NIM and Co Ltd" is one firm).
  if (
    wordsWithin(tokens, first, last) === 1 &&
    ACRONYM.test(tokens[last]!.text) &&
    !FIRM_TAILS.has(after?.normal ?? "")
  )
    return null;
  let found: number | null = null;
  for (let end = last + 2; end <= last + 1 + REACH && capitalisedAt(tokens, text, end, last); end++) {
    const token = tokens[end]!;
    if (isOrganizationLastWord(token.text) || isOrganizationFinalHead(foldAccents(token.text))) found = end;
  }
  return found;
}

/** Whether token `end` is capitalised, in the sentence of token `last`, one space after the token before it. */
function capitalisedAt(tokens: readonly Token[], text: string, end: number, last: number): boolean {
  const token = tokens[end];
  return (
    token !== undefined &&
    token.capitalized &&
    token.sentence === tokens[last]!.sentence &&
    spacedToken(tokens, text, end)
  );
}

/** Words of tokens `first`..`last` but stopwords (a sentence's "The" is not yet trimmed). */
function wordsWithin(tokens: readonly Token[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index++) if (!tokens[index]!.isStopword) words++;
  return words;
}
