import type { Token } from "../../../domain/text.js";
import { GENITIVE_DETERMINERS } from "../../../language-data/noun-determiners.js";
import { wordSetsByLanguage } from "../../segment/index.js";
import type { Candidate } from "./candidate.js";

const genitives = wordSetsByLanguage(GENITIVE_DETERMINERS);

/**
 * Whether a one-word candidate the gazetteer does not know is a noun that capitalises as every noun does in
 * `language`, shown by the genitive after it ("nach Angaben des Pentagons", "laut Berichten der Zeitung"): German
 * writes "Angaben" capitalised, and after "nach" it read as a place.
 */
export function isNounBeforeGenitive(tokens: readonly Token[], candidate: Candidate, language: string): boolean {
  if (candidate.words !== 1 || candidate.gazetteer !== undefined) return false;
  const set = genitives(language);
  if (set.size === 0) return false;
  const next = tokens[candidate.lastToken + 1];
  return (
    next !== undefined &&
    next.sentence === candidate.sentence &&
    next.start === candidate.end + 1 &&
    set.has(next.normal)
  );
}
