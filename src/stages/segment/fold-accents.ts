import { memoizeWord } from "./word-memo.js";

function fold(word: string): string {
  const lower = word.toLowerCase();
  // Plain ASCII has nothing to strip.
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}

const foldMemo = memoizeWord(fold);

/** Lower-cases and strips combining accents: "États" → "etats". Used for matching, never for display. */
export function foldAccents(word: string): string {
  // Long strings (whole titles, sentences) are folded without the memo, which is for words.
  return word.length > 40 ? fold(word) : foldMemo(word);
}
