import { DATE_JOINERS, MONTH_NAMES } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import {
  AGE_PREFIXES,
  AGE_WORDS,
  CLOCK_HOUR_WORDS,
  COUNT_LINKS,
  CURRENCIES,
  DURATION_UNITS,
  LENGTH_UNITS,
  OFFSET_PREFIXES,
  OFFSET_WORDS,
  PERCENT_WORDS,
  TIME_PREPOSITIONS,
} from "../../../language-data/measure-units.js";
import { NUMBER_WORDS, type NumberWords } from "../../../language-data/number-words.js";
import { type PlainLookup, plainLookup } from "./plain-lookup.js";

/**
 * One language's number words and measure words, as sets and lookups built once: reading numbers
 * asks them about every token.
 */
export interface NumberLexicon {
  language: string;
  /** The language's number words (English for languages without them): its phrase lists. */
  words: NumberWords;
  value: PlainLookup<number>;
  vague: PlainLookup<{ low: number; high: number }>;
  /** The words `value` or `vague` answers for: any other word is no number. */
  numberWords: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  /** Duration unit → minutes (English units for languages without them). */
  duration: PlainLookup<number>;
  /** Length unit → kilometres, in any language. */
  length: PlainLookup<number>;
  /** Currency word or symbol → ISO code. */
  currency: PlainLookup<string>;
  /** Month forms, lower-cased, without a final dot. */
  months: ReadonlySet<string>;
  /** Words between a day and its month ("de" of "9 de marzo"). */
  dateJoiners: ReadonlySet<string>;
  clockHourWords: ReadonlySet<string>;
  /** Count links ("de", "of") without a final apostrophe. */
  bareLinks: ReadonlySet<string>;
  timePrepositions: readonly string[];
  offsetWords: readonly string[];
  offsetPrefixes: readonly string[];
  /** After or before a duration in years: someone's age ("35-year-old", "âgé de 35 ans"). */
  ageWords: readonly string[];
  agePrefixes: readonly string[];
  percentWords: readonly string[];
  /** `percentWords` without the sign "%". */
  percentPhrases: readonly string[];
}

const NONE: readonly string[] = [];
const lexicons = new Map<string, NumberLexicon>();
const currency = plainLookup(CURRENCIES);
const length = plainLookup(LENGTH_UNITS);

/** A count link as written, without its final apostrophe ("d’" → "d"). */
export function withoutFinalApostrophe(word: string): string {
  return word.endsWith("'") || word.endsWith("’") ? word.slice(0, -1) : word;
}

/** True when the token links a number to the noun it counts ("de" in "100 000 de manifestants", "of"). */
export function isCountLink(token: { normal: string }, lexicon: NumberLexicon): boolean {
  return lexicon.bareLinks.has(withoutFinalApostrophe(token.normal));
}

export function numberLexicon(language: string): NumberLexicon {
  let lexicon = lexicons.get(language);
  if (lexicon === undefined) {
    const lang = language as SupportedLanguage;
    const words = NUMBER_WORDS[lang] ?? NUMBER_WORDS.en!;
    const percentWords = PERCENT_WORDS[lang] ?? NONE;
    const value = plainLookup(words.values);
    const vague = plainLookup(words.vague);
    lexicon = {
      language,
      words,
      value,
      vague,
      numberWords: new Set([...value.keys, ...vague.keys]),
      articles: new Set(words.articles),
      joiners: new Set(words.joiners),
      duration: plainLookup(DURATION_UNITS[lang] ?? DURATION_UNITS.en!),
      length,
      currency,
      months: new Set((MONTH_NAMES[lang] ?? []).flat().map((form) => form.toLowerCase().replace(/\.$/, ""))),
      dateJoiners: new Set(DATE_JOINERS[lang] ?? NONE),
      clockHourWords: new Set(CLOCK_HOUR_WORDS[lang] ?? NONE),
      bareLinks: new Set((COUNT_LINKS[lang] ?? NONE).map(withoutFinalApostrophe)),
      timePrepositions: TIME_PREPOSITIONS[lang] ?? NONE,
      offsetWords: OFFSET_WORDS[lang] ?? NONE,
      offsetPrefixes: OFFSET_PREFIXES[lang] ?? NONE,
      ageWords: AGE_WORDS[lang] ?? NONE,
      agePrefixes: AGE_PREFIXES[lang] ?? NONE,
      percentWords,
      percentPhrases: percentWords.filter((word) => word !== "%"),
    };
    lexicons.set(language, lexicon);
  }
  return lexicon;
}
