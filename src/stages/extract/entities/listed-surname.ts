import { FAKER_SURNAMES } from "../../../language-data/faker-surnames.js";
import { foldAccents } from "../../segment/index.js";
import { foldedNameSet } from "./folded-name-set.js";

let surnames: Set<string> | undefined;
/** Written as a name, not an acronym: "Itt" may be a surname, "ITT" is a company. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a word is a common surname of faker's locales that is no word, place or given name (`faker-surnames.ts`):
 * alone and with no other cue, "Dupont", "Fleury", "Ackermann" are more likely a person than anything else. Folded.
 */
export function isListedSurname(word: string): boolean {
  surnames ??= foldedNameSet(FAKER_SURNAMES);
  return TITLE_CASE.test(word) && surnames.has(foldAccents(word));
}
