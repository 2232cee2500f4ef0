import { FAKER_GIVEN_NAMES } from "../../../language-data/faker-given-names.js";
import { FIRST_NAMES } from "../../../language-data/first-names.js";
import { foldAccents } from "../../segment/index.js";

let names: Set<string> | undefined;

/**
 * Whether a word (or the first part of a hyphenated one: "Jean-Claude") is a common given name: of the curated list, or
 * of faker's locales less every name that is also a word or a place (`faker-given-names.ts`). Folded match.
 */
export function isFirstName(word: string): boolean {
  names ??= new Set(
    [...Object.values(FIRST_NAMES), ...Object.values(FAKER_GIVEN_NAMES)]
      .flatMap((list) => list.split(/\s+/))
      .filter((name) => name.length > 0)
      .map(foldAccents),
  );
  const folded = foldAccents(word);
  return names.has(folded) || names.has(folded.split("-")[0]!);
}
