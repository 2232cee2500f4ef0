import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NOUN_DETERMINERS } from "../../../language-data/noun-determiners.js";
import { NUMBER_WORDS } from "../../../language-data/number-words.js";
import { isFirstName } from "./first-names.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { isWellKnownPerson } from "./well-known-person.js";

const HAS_LOWERCASE = /\p{Ll}/u;
const STARTS_WITH_DIGIT = /^\d/;

const byLanguage = new Map<string, ReadonlySet<string>>();

/** The folded words a noun follows in `language`, if it writes every noun capitalised: determiners, number words. */
function wordsBeforeNouns(language: string): ReadonlySet<string> {
  let words = byLanguage.get(language);
  if (words === undefined) {
    const lang = language as SupportedLanguage;
    const determiners = NOUN_DETERMINERS[lang];
    words = new Set(
      determiners === undefined ? [] : [...determiners, ...Object.keys(NUMBER_WORDS[lang]?.values ?? {})],
    );
    byLanguage.set(language, words);
  }
  return words;
}

/** Whether `before` (folded) is a word a noun follows in a language that writes every noun capitalised: a determiner, a number word or digits. */
export function isNounDeterminer(before: string, language: string): boolean {
  const words = wordsBeforeNouns(language);
  return words.size > 0 && (words.has(before) || STARTS_WITH_DIGIT.test(before));
}

/**
 * Whether the one word `token`, right after a determiner or a number of a language that writes every noun capitalised
 * (German's "der", "die", "einer", "zwei", "2,4": `before`, folded), is a common noun rather than a name: a town's name
 * ("der Zug", "das Essen", "die Halle"), or any word that nothing names ("die Polizei", "die Lage", "2,4 Prozent").
 * Names keep their article too ("die Schweiz", "der Iran", "die SPD", "die Lufthansa"), so a listed name, an acronym, a
 * given name or a well-known surname stays.
 */
export function isNounAfterDeterminer(
  token: Token,
  before: string | undefined,
  gazetteer: GazetteerEntry | undefined,
  language: string,
): boolean {
  if (before === undefined || !isNounDeterminer(before, language)) return false;
  if (gazetteer !== undefined) return gazetteer.settlement === true;
  return HAS_LOWERCASE.test(token.text) && !isFirstName(token.text) && !isWellKnownPerson(token.text);
}
