import type { Token } from "../../../domain/text.js";
import { COMPANY_LEGAL_FORMS } from "../../../language-data/organization-cues.js";
import { foldAccents } from "../../segment/index.js";
import { isOrganizationLastWord } from "./ends-on-organization-word.js";
import { lookupGazetteer } from "./gazetteer.js";
import { spacedToken } from "./spaced-token.js";

const LEGAL_FORMS = new Set(COMPANY_LEGAL_FORMS);
/** An English possessive's ending between two words of a name, which the tokens drop: "'s " or "’s ". */
const POSSESSIVE_GAP = /^['’]s[ \u00a0]$/;
/** Capitalised words after the possessive, legal form included, at most: "'s Investors Service Inc". */
const REACH = 3;
/** What may join the words of the owner's name: "Standard & Poor's Corp". */
const AMPERSAND = /^[ \u00a0]?&[ \u00a0]?$/;

/**
 * Where an English company's name goes on through a possessive after the name of tokens `first`..`last`: "Casey's
 * General Stores Inc", "McDonald's Corp", "Moody's Investors Service Inc", "Standard & Poor's Corp". Only up to a
 * company's legal form within the two capitalised words that follow, one space apart in the sentence, and only after
 * one word (or words joined by "&") that names no listed place or organisation and ends no organisation's name: an
 * owner before an organisation's name is not part of it ("Corbyn's Labour Party", "Japan's Honda Motor Co",
 * "Chrysler Corp's Chrysler Motors Corp", "PepsiCo's Taco Bell Corp"), nor before a name that ends on an organisation's
 * word ("Icahn's Transworld Airlines Inc"; so "Moody's Investors Service Inc" is cut too). The index of the legal form's
 * token, or null.
 */
export function possessiveCompanyEnd(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  language: string,
): number | null {
  const next = tokens[last + 1];
  if (language !== "en" || next === undefined || !POSSESSIVE_GAP.test(text.slice(tokens[last]!.end, next.start)))
    return null;
  for (let at = first + 1; at <= last; at++)
    if (!AMPERSAND.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) return null;
  const owner = text.slice(tokens[first]!.start, tokens[last]!.end);
  if (isOrganizationLastWord(tokens[last]!.text) || lookupGazetteer(owner) !== undefined) return null;
  const sentence = tokens[last]!.sentence;
  for (let end = last + 1; end <= last + REACH; end++) {
    const token = tokens[end];
    if (token === undefined || !token.capitalized || token.sentence !== sentence) return null;
    if (end > last + 1 && !spacedToken(tokens, text, end)) return null;
    if (LEGAL_FORMS.has(foldAccents(token.text).replace(/\.$/, "")))
      // A company's own name after its owner's possessive: "Icahn's Transworld Airlines Inc".
      return end > last + 1 && isOrganizationLastWord(tokens[end - 1]!.text) ? null : end;
  }
  return null;
}
