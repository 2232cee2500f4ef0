import { FAKER_GIVEN_NAMES } from "../../../language-data/faker-given-names.js";
import { FIRST_NAMES } from "../../../language-data/first-names.js";
import { foldAccents } from "../../segment/index.js";
import { foldedNameSet } from "./folded-name-set.js";

let names: Set<string> | undefined;

/**
 * Whether a word (or the first part of a hyphenated one: "Jean-Claude") is a common given name: of the curated list, or
 * of faker's locales less every name that is also a word or a place (`faker-given-names.ts`). Folded match.
 */
export function isFirstName(word: string): boolean {
  names ??= foldedNameSet(FIRST_NAMES, FAKER_GIVEN_NAMES);
  const folded = foldAccents(word);
  if (names.has(folded)) return true;
  // Asked for every capitalised token: the hyphenated part is cut only when there is one.
  const hyphen = folded.indexOf("-");
  return hyphen > 0 && names.has(folded.slice(0, hyphen));
}
