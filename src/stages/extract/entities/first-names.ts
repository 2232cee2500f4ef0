import { FIRST_NAMES } from "../../../language-data/first-names.js";
import { foldAccents } from "../../segment/index.js";

let names: Set<string> | undefined;

/** Whether a word (or the first part of a hyphenated one: "Jean-Claude") is a common given name. Folded match. */
export function isFirstName(word: string): boolean {
  names ??= new Set(
    Object.values(FIRST_NAMES)
      .flatMap((list) => list.split(/\s+/))
      .filter((name) => name.length > 0)
      .map(foldAccents),
  );
  const folded = foldAccents(word);
  return names.has(folded) || names.has(folded.split("-")[0]!);
}
