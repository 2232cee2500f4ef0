import type { SupportedLanguage } from "./languages.js";

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

const FR_VALUES: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000, million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9, douzaine: 12,
};

export const NUMBER_WORDS: Partial<Record<SupportedLanguage, NumberWords>> = {
  fr: {
    values: FR_VALUES,
    articles: ["un", "une"],
    joiners: ["et"],
    half: ["et demie", "et demi"],
    halfBefore: ["demi-heure", "demi-journée", "demi-heures"],
    vague: {
      dizaines: { low: 10, high: 99 }, centaines: { low: 100, high: 999 }, milliers: { low: 1000, high: 9999 },
      millions: { low: 1e6, high: 9.99e6 }, dizaine: { low: 8, high: 14 }, quinzaine: { low: 12, high: 18 },
      vingtaine: { low: 17, high: 24 }, trentaine: { low: 26, high: 34 }, centaine: { low: 80, high: 130 },
      millier: { low: 800, high: 1300 },
    },
    approximately: ["environ", "quelque", "près de", "presque", "approximativement", "autour de", "à peu près", "vers"],
    atLeast: ["plus de", "au moins", "au minimum", "pas moins de", "plus d'", "au-delà de"],
    atMost: ["moins de", "au plus", "jusqu'à", "moins d'", "au maximum"],
    decimal: ",",
  },
  en: {
    values: {
      zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
      twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
      thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, dozen: 12,
    },
    articles: ["a", "an", "one"],
    joiners: ["and"],
    half: ["and a half"],
    halfBefore: ["half an hour", "half a day", "half-hour"],
    vague: {
      tens: { low: 10, high: 99 }, hundreds: { low: 100, high: 999 }, thousands: { low: 1000, high: 9999 },
      millions: { low: 1e6, high: 9.99e6 }, dozens: { low: 24, high: 99 },
    },
    approximately: ["about", "around", "some", "roughly", "approximately", "nearly", "almost", "an estimated"],
    atLeast: ["more than", "over", "at least", "upwards of"],
    atMost: ["less than", "fewer than", "under", "up to", "at most"],
    decimal: ".",
  },
  es: {
    values: {
      cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
      diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30, cuarenta: 40,
      cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200,
      trescientos: 300, quinientos: 500, mil: 1000, millón: 1e6, millones: 1e6,
    },
    articles: ["un", "una"],
    joiners: ["y"],
    half: ["y media", "y medio"],
    halfBefore: ["media hora", "medio día"],
    vague: { decenas: { low: 10, high: 99 }, cientos: { low: 100, high: 999 }, centenares: { low: 100, high: 999 }, miles: { low: 1000, high: 9999 }, millones: { low: 1e6, high: 9.99e6 } },
    approximately: ["unos", "unas", "cerca de", "alrededor de", "aproximadamente", "casi"],
    atLeast: ["más de", "al menos", "por lo menos"],
    atMost: ["menos de", "hasta"],
    decimal: ",",
  },
  de: {
    values: {
      null: 0, ein: 1, eine: 1, eins: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
      neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100,
      tausend: 1000, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, eineinhalb: 1.5, anderthalb: 1.5,
    },
    articles: ["ein", "eine", "einen", "einer"],
    joiners: ["und"],
    half: ["und eine halbe", "einhalb"],
    halfBefore: ["halbe stunde", "halben stunde"],
    vague: { zehntausende: { low: 10000, high: 99999 }, tausende: { low: 1000, high: 9999 }, hunderte: { low: 100, high: 999 }, dutzende: { low: 24, high: 99 } },
    approximately: ["etwa", "rund", "ungefähr", "circa", "ca.", "knapp", "fast"],
    atLeast: ["mehr als", "über", "mindestens"],
    atMost: ["weniger als", "unter", "bis zu", "höchstens"],
    decimal: ",",
  },
  it: {
    values: {
      zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
      dieci: 10, undici: 11, dodici: 12, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100,
      mille: 1000, mila: 1000, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
    },
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
    values: {
      zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
      dez: 10, onze: 11, doze: 12, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, cem: 100, cento: 100,
      mil: 1000, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9,
    },
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
    values: {
      zero: 0, unu: 1, un: 1, una: 1, doi: 2, două: 2, trei: 3, patru: 4, cinci: 5, șase: 6, șapte: 7, opt: 8,
      nouă: 9, zece: 10, douăzeci: 20, treizeci: 30, patruzeci: 40, cincizeci: 50, sută: 100, sute: 100,
      mie: 1000, mii: 1000, milion: 1e6, milioane: 1e6, miliard: 1e9, miliarde: 1e9,
    },
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
