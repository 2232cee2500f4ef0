import type { SupportedLanguage } from "./languages.js";

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
