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
