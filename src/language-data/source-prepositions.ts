import type { SupportedLanguage } from "./languages.js";

/**
 * Words that put a source before what it says ("selon X", "according to X", "laut X"); lower-case.
 * The speaker is the name right after them.
 */
export const SOURCE_PREPOSITIONS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["selon", "d'après", "d’après"],
  en: ["according to"],
  es: ["según", "de acuerdo con"],
  de: ["laut", "nach angaben von", "zufolge"],
  it: ["secondo", "a detta di"],
  pt: ["segundo", "de acordo com", "conforme"],
  ro: ["potrivit", "conform", "după"],
  nl: ["volgens"],
};
