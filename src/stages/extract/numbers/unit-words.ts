import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import type { NumberLexicon } from "./number-lexicon.js";

const SLASH = 0x2f;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** What may stand between a number and its unit: white space, a hyphen ("a 17.5-mile pipeline", "100-franc notes"). */
const UNIT_GAP = /[\s\u00a0-]/u;

/**
 * Whether `word` may be a unit after a number: in lower case (or in capitals, "EUR"; any case in German, whose nouns
 * are capitalised), for a word with a capital names something ("Three Mile Island", "2013, Yuan", "3 Days Grace"),
 * and with only white space or a hyphen between (`before`: the token before it; "In 2012, hours of talks").
 */
function mayBeUnit(word: Token, before: Token, text: string, lexicon: NumberLexicon): boolean {
  if (word.capitalized && !NOUN_CAPITALISING_LANGUAGES.has(lexicon.language) && !ALL_CAPITALS.test(word.text))
    return false;
  for (let at = before.end; at < word.start; at++) if (!UNIT_GAP.test(text[at]!)) return false;
  return true;
}

/**
 * Kilometres per unit of `word`, when it is a unit of distance right after the number ending at `before` ("35 km",
 * "22 miles", "40 Kilometer"), not a speed ("km/h").
 */
export function distanceUnit(
  word: Token | undefined,
  before: Token,
  text: string,
  lexicon: NumberLexicon,
): number | undefined {
  if (word === undefined || !mayBeUnit(word, before, text, lexicon)) return undefined;
  const kilometres = lexicon.length(word.normal);
  return kilometres === undefined || text.charCodeAt(word.end) === SLASH ? undefined : kilometres;
}

/** The ISO code of `word`, when it is a currency after the number or count link ending at `before` ("5.000 reais"). */
export function currencyUnit(
  word: Token | undefined,
  before: Token,
  text: string,
  lexicon: NumberLexicon,
): string | undefined {
  return word === undefined || !mayBeUnit(word, before, text, lexicon) ? undefined : lexicon.currency(word.normal);
}

/** Minutes per unit of `word`, when it is a unit of time right after the number ending at `before` ("3 hours"). */
export function durationUnit(
  word: Token | undefined,
  before: Token,
  text: string,
  lexicon: NumberLexicon,
): number | undefined {
  return word === undefined || !mayBeUnit(word, before, text, lexicon) ? undefined : lexicon.duration(word.normal);
}
