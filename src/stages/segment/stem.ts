import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as romanian } from "@orama/stemmers/romanian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { foldAccents } from "./fold-accents.js";
import { memoizeWord } from "./word-memo.js";

const STEMMERS: Record<SupportedLanguage, (word: string) => string> = {
  fr: french,
  en: english,
  es: spanish,
  de: german,
  it: italian,
  pt: portuguese,
  ro: romanian,
  nl: dutch,
};

function stemUncached(word: string, language: string): string {
  const lower = word.toLowerCase();
  const stem = STEMMERS[language as SupportedLanguage];
  if (stem === undefined || /\d/.test(lower)) return foldAccents(lower);
  return foldAccents(stem(lower));
}

/** One memo per language: Snowball stemming is most of the cost of tokenizing. */
const memos = new Map<string, (word: string) => string>();

/**
 * Snowball stem of a word, lower-cased and accent-folded so that "Négociations" and "negociation"
 * meet. Unknown languages get the folded word itself.
 */
export function stemWord(word: string, language: string): string {
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = memoizeWord((item) => stemUncached(item, language));
    memos.set(language, memo);
  }
  return memo(word);
}
