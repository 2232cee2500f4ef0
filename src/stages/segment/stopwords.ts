import { deu, eng, fra, ita, nld, por, ron, spa } from "stopword";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { EXTRA_STOPWORDS, NOT_STOPWORDS } from "../../language-data/stopwords-extra.js";
import { foldAccents } from "./fold-accents.js";

const BASE: Record<SupportedLanguage, readonly string[]> = {
  fr: fra,
  en: eng,
  es: spa,
  de: deu,
  it: ita,
  pt: por,
  ro: ron,
  nl: nld,
};

const cache = new Map<string, Set<string>>();
const written = new Map<string, Set<string>>();

function stopwordSet(language: string): Set<string> {
  let set = cache.get(language);
  if (set !== undefined) return set;
  const base = BASE[language as SupportedLanguage] ?? [];
  const extra = EXTRA_STOPWORDS[language as SupportedLanguage] ?? [];
  const keep = new Set((NOT_STOPWORDS[language as SupportedLanguage] ?? []).map(foldAccents));
  set = new Set([...base, ...extra].map(foldAccents).filter((word) => !keep.has(word)));
  cache.set(language, set);
  return set;
}

/** Whether a word carries no topic in `language` (accent- and case-insensitive). */
export function isStopword(word: string, language: string): boolean {
  return stopwordSet(language).has(foldAccents(word));
}

/**
 * Whether a word is a stopword as written, accents kept (case aside): "puțin" is one in Romanian, "Putin" is not, though
 * both fold to "putin" (`isStopword` says yes to both).
 */
export function isStopwordAsWritten(word: string, language: string): boolean {
  let set = written.get(language);
  if (set === undefined) {
    const base = BASE[language as SupportedLanguage] ?? [];
    const extra = EXTRA_STOPWORDS[language as SupportedLanguage] ?? [];
    set = new Set([...base, ...extra].map((stopword) => stopword.toLowerCase().replace(/['’]$/, "")));
    written.set(language, set);
  }
  return isStopword(word, language) && set.has(word.toLowerCase().replace(/['’]$/, ""));
}
