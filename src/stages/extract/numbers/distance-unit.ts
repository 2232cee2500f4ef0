import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import type { NumberLexicon } from "./number-lexicon.js";

const SLASH = 0x2f;

/**
 * Kilometres per unit of `word`, when it is a unit of distance right after a number ("35 km", "22 miles", "40
 * Kilometer"): not a speed ("km/h"), nor a unit written with a capital, which names something ("Three Mile Island"),
 * but in German.
 */
export function distanceUnit(word: Token | undefined, text: string, lexicon: NumberLexicon): number | undefined {
  if (word === undefined || (word.capitalized && !NOUN_CAPITALISING_LANGUAGES.has(lexicon.language))) return undefined;
  const kilometres = lexicon.length(word.normal);
  return kilometres === undefined || text.charCodeAt(word.end) === SLASH ? undefined : kilometres;
}
