import type { SupportedLanguage } from "./languages.js";

/**
 * Corrections to the `stopword` package lists: words it misses that carry no topic in news text,
 * and words it lists that do (stopwords-iso's French list contains "état").
 */
export const EXTRA_STOPWORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["a", "ont", "autre", "autres", "même", "mêmes", "été", "être", "selon", "après", "avant", "lors", "ainsi", "aussi", "déjà", "encore", "cette", "ces", "cet", "dont", "où", "très", "plus", "moins", "tout", "tous", "toute", "toutes", "fait", "faire", "peut", "doit", "mais", "donc", "car", "comme", "entre", "vers", "chez", "sans", "sous", "sur", "ce", "ça", "qu", "l", "d", "s", "n", "c", "j", "m", "t"],
  en: ["said", "says", "also", "would", "could", "one", "two", "new", "s"],
  es: ["dijo", "según", "además", "también"],
  de: ["sagte", "laut", "sowie", "bereits"],
  it: ["ha", "detto", "secondo", "anche", "l", "d", "dell", "all", "nell"],
  pt: ["disse", "segundo", "também", "ainda"],
  ro: ["a", "au", "fost", "spus", "potrivit", "și", "că", "în", "la", "de", "pe", "cu"],
};

export const NOT_STOPWORDS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["état", "états", "etat", "etats", "président", "gouvernement", "guerre", "paix"],
  en: ["state", "states", "government", "war", "peace", "president"],
};
