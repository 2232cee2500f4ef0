import type { SupportedLanguage } from "./languages.js";

/**
 * Cues that a sentence only reports a claim rather than asserting it: attribution to another outlet or
 * unnamed sources, hearsay adverbs, and conditional/reportive verb forms ("aurait", "would", "soll").
 * Phrases are matched whole, case-insensitive; suffixes against words of six letters or more.
 */
export interface ReportingCues {
  phrases: readonly string[];
  conditionalSuffixes: readonly string[];
}

export const REPORTING_CUES: Partial<Record<SupportedLanguage, ReportingCues>> = {
  fr: {
    phrases: [
      "selon",
      "d'après",
      "d’après",
      "rapporte",
      "rapportent",
      "aurait",
      "auraient",
      "serait",
      "seraient",
      "pourrait",
      "pourraient",
      "de source",
      "affirme-t-on",
      "dit-on",
      "citée par",
      "cité par",
      "à en croire",
    ],
    conditionalSuffixes: ["rait", "raient"],
  },
  en: {
    phrases: [
      "according to",
      "reportedly",
      "reported",
      "reports",
      "would",
      "could",
      "allegedly",
      "sources said",
      "is said to",
      "are said to",
      "quoted by",
      "cited by",
    ],
    conditionalSuffixes: [],
  },
  es: {
    phrases: [
      "según",
      "de acuerdo con",
      "informa",
      "informó",
      "supuestamente",
      "habría",
      "habrían",
      "sería",
      "serían",
      "citado por",
      "citada por",
    ],
    conditionalSuffixes: ["ría", "rían"],
  },
  de: {
    phrases: [
      "laut",
      "zufolge",
      "angeblich",
      "berichtet",
      "berichtete",
      "soll",
      "sollen",
      "sollte",
      "wäre",
      "hätte",
      "nach angaben",
    ],
    conditionalSuffixes: [],
  },
  it: {
    phrases: [
      "secondo",
      "stando a",
      "riferisce",
      "riferito",
      "avrebbe",
      "avrebbero",
      "sarebbe",
      "sarebbero",
      "citato da",
      "citata da",
    ],
    conditionalSuffixes: ["rebbe", "rebbero"],
  },
  pt: {
    phrases: [
      "segundo",
      "de acordo com",
      "conforme",
      "informa",
      "informou",
      "teria",
      "teriam",
      "seria",
      "seriam",
      "supostamente",
      "citado por",
    ],
    conditionalSuffixes: ["ria", "riam"],
  },
  ro: {
    phrases: ["potrivit", "conform", "citat de", "citată de", "relatează", "ar fi", "ar putea", "ar urma", "se pare"],
    conditionalSuffixes: [],
  },
};

/** Negation words: a sentence similar to a claim but negated contradicts it. */
export const NEGATION_WORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "nullement", "dément", "démenti", "nie"],
  en: ["not", "no", "never", "denied", "denies", "n't"],
  es: ["no", "nunca", "jamás", "niega", "negó"],
  de: ["nicht", "kein", "keine", "keinen", "nie", "niemals", "bestritt", "dementierte"],
  it: ["non", "mai", "nessun", "nessuna", "nega", "smentisce"],
  pt: ["não", "nunca", "jamais", "nega", "negou"],
  ro: ["nu", "niciodată", "neagă", "a negat"],
};

/**
 * Nouns that name a venue, followed by its proper name ("l'hôtel Président Wilson", "Palais de Genève").
 * Lower-case; matched before one or more capitalised words.
 */
export const VENUE_NOUNS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [
    "hôtel",
    "palais",
    "centre",
    "salle",
    "villa",
    "château",
    "ambassade",
    "siège",
    "stade",
    "maison",
    "résidence",
    "domaine",
  ],
  en: [
    "hotel",
    "palace",
    "center",
    "centre",
    "hall",
    "villa",
    "castle",
    "embassy",
    "headquarters",
    "stadium",
    "house",
    "residence",
  ],
  es: ["hotel", "palacio", "centro", "sala", "villa", "castillo", "embajada", "sede", "estadio", "casa", "residencia"],
  de: ["hotel", "palast", "palais", "schloss", "zentrum", "saal", "villa", "botschaft", "stadion", "haus", "residenz"],
  it: [
    "hotel",
    "albergo",
    "palazzo",
    "centro",
    "sala",
    "villa",
    "castello",
    "ambasciata",
    "sede",
    "stadio",
    "casa",
    "residenza",
  ],
  pt: ["hotel", "palácio", "centro", "sala", "villa", "castelo", "embaixada", "sede", "estádio", "casa", "residência"],
  ro: [
    "hotelul",
    "hotel",
    "palatul",
    "palat",
    "centrul",
    "sala",
    "vila",
    "castelul",
    "ambasada",
    "sediul",
    "stadionul",
    "casa",
  ],
};

/** Lower-case words allowed inside a venue's proper name ("Palais de Genève", "Palace of Westminster"). */
export const NAME_PARTICLES: readonly string[] = [
  "de",
  "des",
  "du",
  "of",
  "the",
  "di",
  "da",
  "do",
  "dos",
  "del",
  "della",
  "von",
  "der",
  "la",
  "le",
];
