import type { SupportedLanguage } from "./languages.js";

/**
 * What written right after digits makes an ordinal of them, lower-case: "85th", "3e", "2ème", "5º", "3ª", "1ste".
 * An ordinal says which one ("the 85th Academy Awards"), not how many. "°" is left out: it is a temperature's or an
 * angle's as often; so is German's "85." (a sentence's end as often).
 */
export const ORDINAL_SUFFIXES: Record<SupportedLanguage, readonly string[]> = {
  fr: ["e", "er", "re", "ère", "ème", "eme", "è", "es", "ers", "res", "ères", "èmes", "emes"],
  en: ["st", "nd", "rd", "th"],
  es: ["º", "ª", "o", "a", "er", "os", "as"],
  de: [],
  it: ["º", "ª"],
  pt: ["º", "ª", "o", "a", "os", "as"],
  ro: ["lea", "a"],
  nl: ["e", "ste", "de"],
};
