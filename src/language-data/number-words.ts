import type { SupportedLanguage } from "./languages.js";
import {
  ENGLISH_NUMBER_VALUES,
  FRENCH_NUMBER_VALUES,
  GERMAN_NUMBER_VALUES,
  ITALIAN_NUMBER_VALUES,
  PORTUGUESE_NUMBER_VALUES,
  ROMANIAN_NUMBER_VALUES,
  SPANISH_NUMBER_VALUES,
} from "./number-values.js";

/**
 * Number words per language: value of each written form. Tens-and-units compounds written as one word
 * ("veintidós", "zweiundzwanzig") are listed only for the common cases; hyphenated and spaced compounds
 * ("vingt-deux", "twenty two") are read word by word.
 */
export interface NumberWords {
  /** Word → value. 100 and above multiply what precedes them ("deux cents", "two hundred"). */
  values: Record<string, number>;
  /** Words that are numbers only before a unit ("une heure", "a day"): articles meaning one. */
  articles: readonly string[];
  /** Words joining parts of one number ("vingt et un", "one hundred and five", "treinta y dos"). */
  joiners: readonly string[];
  /** "and a half" after a unit or number: 0.5 ("une heure et demie", "dos horas y media"). */
  half: readonly string[];
  /** A half unit as one phrase ("demi-heure", "half an hour"). */
  halfBefore: readonly string[];
  /** Vague collective numbers: "dizaines" = tens (10..99), "milliers" = thousands. */
  vague: Record<string, { low: number; high: number }>;
  /** Words placed before a number meaning about / at least / at most. */
  approximately: readonly string[];
  atLeast: readonly string[];
  atMost: readonly string[];
  /** Decimal separator in digits: "," → "1,5" is one and a half; "." → "1.5". */
  decimal: "," | ".";
}

export const NUMBER_WORDS: Partial<Record<SupportedLanguage, NumberWords>> = {
  fr: {
    values: FRENCH_NUMBER_VALUES,
    articles: ["un", "une"],
    joiners: ["et"],
    half: ["et demie", "et demi"],
    halfBefore: ["demi-heure", "demi-journée", "demi-heures"],
    vague: {
      dizaines: { low: 10, high: 99 },
      centaines: { low: 100, high: 999 },
      milliers: { low: 1000, high: 9999 },
      millions: { low: 1e6, high: 9.99e6 },
      dizaine: { low: 8, high: 14 },
      quinzaine: { low: 12, high: 18 },
      vingtaine: { low: 17, high: 24 },
      trentaine: { low: 26, high: 34 },
      centaine: { low: 80, high: 130 },
      millier: { low: 800, high: 1300 },
    },
    approximately: ["environ", "quelque", "près de", "presque", "approximativement", "autour de", "à peu près", "vers"],
    atLeast: ["plus de", "au moins", "au minimum", "pas moins de", "plus d'", "au-delà de"],
    atMost: ["moins de", "au plus", "jusqu'à", "moins d'", "au maximum"],
    decimal: ",",
  },
  en: {
    values: ENGLISH_NUMBER_VALUES,
    articles: ["a", "an", "one"],
    joiners: ["and"],
    half: ["and a half"],
    halfBefore: ["half an hour", "half a day", "half-hour"],
    vague: {
      tens: { low: 10, high: 99 },
      hundreds: { low: 100, high: 999 },
      thousands: { low: 1000, high: 9999 },
      millions: { low: 1e6, high: 9.99e6 },
      dozens: { low: 24, high: 99 },
    },
    approximately: ["about", "around", "some", "roughly", "approximately", "nearly", "almost", "an estimated"],
    atLeast: ["more than", "over", "at least", "upwards of"],
    atMost: ["less than", "fewer than", "under", "up to", "at most"],
    decimal: ".",
  },
  es: {
    values: SPANISH_NUMBER_VALUES,
    articles: ["un", "una"],
    joiners: ["y"],
    half: ["y media", "y medio"],
    halfBefore: ["media hora", "medio día"],
    vague: {
      decenas: { low: 10, high: 99 },
      cientos: { low: 100, high: 999 },
      centenares: { low: 100, high: 999 },
      miles: { low: 1000, high: 9999 },
      millones: { low: 1e6, high: 9.99e6 },
    },
    approximately: ["unos", "unas", "cerca de", "alrededor de", "aproximadamente", "casi"],
    atLeast: ["más de", "al menos", "por lo menos"],
    atMost: ["menos de", "hasta"],
    decimal: ",",
  },
  de: {
    values: GERMAN_NUMBER_VALUES,
    articles: ["ein", "eine", "einen", "einer"],
    joiners: ["und"],
    half: ["und eine halbe", "einhalb"],
    halfBefore: ["halbe stunde", "halben stunde"],
    vague: {
      zehntausende: { low: 10000, high: 99999 },
      tausende: { low: 1000, high: 9999 },
      hunderte: { low: 100, high: 999 },
      dutzende: { low: 24, high: 99 },
    },
    approximately: ["etwa", "rund", "ungefähr", "circa", "ca.", "knapp", "fast"],
    atLeast: ["mehr als", "über", "mindestens"],
    atMost: ["weniger als", "unter", "bis zu", "höchstens"],
    decimal: ",",
  },
  it: {
    values: ITALIAN_NUMBER_VALUES,
    articles: ["un", "una", "uno"],
    joiners: ["e"],
    half: ["e mezza", "e mezzo"],
    halfBefore: ["mezz'ora", "mezz’ora", "mezza giornata"],
    vague: { decine: { low: 10, high: 99 }, centinaia: { low: 100, high: 999 }, migliaia: { low: 1000, high: 9999 } },
    approximately: ["circa", "quasi", "intorno a", "attorno a", "all'incirca"],
    atLeast: ["più di", "oltre", "almeno"],
    atMost: ["meno di", "fino a"],
    decimal: ",",
  },
  pt: {
    values: PORTUGUESE_NUMBER_VALUES,
    articles: ["um", "uma"],
    joiners: ["e"],
    half: ["e meia", "e meio"],
    halfBefore: ["meia hora", "meio dia"],
    vague: { dezenas: { low: 10, high: 99 }, centenas: { low: 100, high: 999 }, milhares: { low: 1000, high: 9999 } },
    approximately: ["cerca de", "aproximadamente", "quase", "perto de"],
    atLeast: ["mais de", "pelo menos"],
    atMost: ["menos de", "até"],
    decimal: ",",
  },
  ro: {
    values: ROMANIAN_NUMBER_VALUES,
    articles: ["un", "o"],
    joiners: ["și"],
    half: ["și jumătate"],
    halfBefore: ["jumătate de oră"],
    vague: { zeci: { low: 10, high: 99 }, sute: { low: 100, high: 999 }, mii: { low: 1000, high: 9999 } },
    approximately: ["aproximativ", "circa", "cam", "aproape"],
    atLeast: ["peste", "mai mult de", "cel puțin"],
    atMost: ["sub", "mai puțin de", "până la"],
    decimal: ",",
  },
};
