import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";
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
  const sentence = tokens[last]!.sentence;
  let found: number | null = null;
  for (let end = last + 2; end <= last + 1 + REACH; end++) {
    const token = tokens[end];
    if (token === undefined || !token.capitalized || token.sentence !== sentence || !spacedToken(tokens, text, end))
      break;
    if (isOrganizationLastWord(token.text) || isOrganizationFinalHead(foldAccents(token.text))) found = end;
  }
  return found;
}

/** Words of tokens `first`..`last` but stopwords (a sentence's "The" is not yet trimmed). */
function wordsWithin(tokens: readonly Token[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index++) if (!tokens[index]!.isStopword) words++;
  return words;
}
