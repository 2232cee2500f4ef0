import type { SupportedLanguage } from "./languages.js";

/**
 * Subject pronouns that stand for a person already named ("a-t-il ajouté", "he said", "sagte er"), and
 * demonstratives that point back to the last person named ("Ce dernier", "the latter"); lower-case.
 */
export const PERSON_PRONOUNS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["il", "elle"],
  en: ["he", "she"],
  es: ["él", "ella"],
  de: ["er", "sie"],
  it: ["lui", "lei", "egli", "ella"],
  pt: ["ele", "ela"],
  ro: ["el", "ea", "dânsul", "dânsa"],
  nl: ["hij", "zij", "ze"],
};

export const LAST_NAMED_DEMONSTRATIVES: Record<SupportedLanguage, readonly string[]> = {
  fr: ["ce dernier", "cette dernière", "celui-ci", "celle-ci"],
  en: ["the latter"],
  es: ["este último", "esta última", "éste"],
  de: ["letzterer", "letztere", "dieser"],
  it: ["quest'ultimo", "quest'ultima", "quest ultimo"],
  pt: ["este último", "esta última", "o último"],
  ro: ["acesta din urmă", "aceasta din urmă", "acesta"],
  nl: ["laatstgenoemde"],
};

/** Determiners before a role used as a speaker ("le ministre russe", "the minister", "der Kanzler"); lower-case. */
export const ROLE_DETERMINERS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["le", "la", "l'", "l’", "son", "sa", "leur", "du", "de la", "au", "à la"],
  en: ["the", "his", "her", "their"],
  es: ["el", "la", "su", "del", "al"],
  de: ["der", "die", "dem", "den", "des", "sein", "seine", "ihr", "ihre"],
  it: ["il", "la", "lo", "l'", "l’", "suo", "sua", "del", "della", "dello"],
  pt: ["o", "a", "seu", "sua", "do", "da"],
  ro: [],
  nl: ["de", "het", "zijn", "haar"],
};
