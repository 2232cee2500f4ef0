import { WELL_KNOWN_PEOPLE } from "../../../language-data/well-known-people.js";
import { memoizeName } from "./memoize-name.js";
import { spellingOf } from "./name-key.js";

let spellings: Set<string> | undefined;

/** Whether a one-word name is the surname of a well-known person, however the languages spell it ("Staline", "Putin"). */
export const isWellKnownPerson = memoizeName((name: string): boolean => {
  spellings ??= new Set(WELL_KNOWN_PEOPLE.flat().map(spellingOf));
  return spellings.has(spellingOf(name));
});
