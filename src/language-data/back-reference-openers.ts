import type { SupportedLanguage } from "./languages.js";

/**
 * Openings of a sentence that leans on an earlier one for its subject ("Ce dernier a promis…", "Il a…",
 * "The latter…"): such a sentence is a poor representative of a fact; lower-case, matched whole.
 */
export const BACK_REFERENCE_OPENERS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [
    "il",
    "elle",
    "ils",
    "elles",
    "ce dernier",
    "cette dernière",
    "ces derniers",
    "celui-ci",
    "celle-ci",
    "cela",
    "ceci",
    "ça",
  ],
  en: ["he", "she", "they", "it", "this", "that", "the latter", "these", "those"],
  es: ["él", "ella", "ellos", "ellas", "este último", "esta última", "esto", "eso", "éste", "ésta"],
  de: ["er", "sie", "es", "dieser", "diese", "dies", "letzterer", "letztere"],
  it: ["lui", "lei", "egli", "essi", "quest'ultimo", "quest’ultimo", "quest'ultima", "quest’ultima", "ciò", "questo"],
  pt: ["ele", "ela", "eles", "elas", "este último", "esta última", "isso", "isto"],
  ro: ["el", "ea", "ei", "ele", "acesta", "aceasta", "acest lucru", "acesta din urmă"],
};
