import type { SupportedLanguage } from "./languages.js";

/**
 * Lower-case words that join the parts of one name ("Charles de Gaulle", "Ursula von der Leyen", "Luiz Inácio
 * Lula da Silva"), in every language: names travel across languages. Matched lower-case.
 */
export const NAME_PARTICLES: readonly string[] = [
  "de",
  "du",
  "des",
  "d'",
  "d’",
  "von",
  "van",
  "der",
  "den",
  "ter",
  "ten",
  "da",
  "di",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "degli",
  "dei",
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "abu",
  "zu",
  "af",
];

/** Prefixes joined by a hyphen to the name they belong to ("al-Assad", "el-Sissi", "ben-Gourion"). */
export const NAME_PREFIXES: readonly string[] = ["al", "el", "ben", "bin", "abu", "ould", "ibn"];

/**
 * Words after which a preposition of place introduces no place but a person or a thing: "face à", "grâce à",
 * "hommage à", "a succédé à", "thanks to", "according to", "lost to", "gracias a", "grazie a". Lower-case.
 */
export const NOT_PLACE_BEFORE_PREPOSITION: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [
    "face",
    "grâce",
    "quant",
    "suite",
    "hommage",
    "succède",
    "succédé",
    "succéder",
    "opposé",
    "opposée",
    "marié",
    "mariée",
    "parlé",
    "répondu",
    "demandé",
    "écrit",
    "téléphoné",
    "adressé",
  ],
  en: ["according", "thanks", "due", "compared", "prior", "lost", "spoke", "talked", "wrote", "replied", "married"],
  es: ["gracias", "frente", "junto", "respecto"],
  it: ["grazie", "fronte", "insieme", "rispetto", "accanto"],
  pt: ["graças", "frente", "junto", "devido"],
};

/**
 * Prepositions that put a place after them ("à Genève", "en Suisse", "in Berlin", "nach Moskau", "em Lisboa");
 * a capitalised word right after one is likely a place. Lower-case.
 */
export const PLACE_PREPOSITIONS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["à", "en", "au", "aux", "vers", "depuis", "près", "via", "rue", "ville"],
  en: ["in", "at", "to", "from", "near", "across", "outside"],
  es: ["en", "a", "desde", "hacia", "cerca"],
  de: ["in", "nach", "aus", "bei", "im"],
  it: ["a", "in", "da", "verso", "presso"],
  pt: ["em", "no", "na", "nos", "nas", "a", "para"],
  ro: ["în", "la", "din", "spre"],
  nl: ["in", "naar", "uit", "bij"],
};

/**
 * Articles that open a name when written capitalised inside a sentence ("selon Le Pen", "lu dans La Croix", "El País",
 * "Der Spiegel", "The Guardian"): no stopword there. Lower-case.
 */
export const NAME_ARTICLES: readonly string[] = [
  "le",
  "la",
  "les",
  "l",
  "the",
  "el",
  "los",
  "las",
  "il",
  "lo",
  "gli",
  "der",
  "die",
  "das",
  "de",
  "het",
];
