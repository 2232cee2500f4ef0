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
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cases and strips combining accents: "États" → "etats". Used for matching, never for display. */
export function foldAccents(word: string): string {
  // Long strings (whole titles, sentences) are folded without the memo, which is for words; so is
  // plain ASCII, whose lower case is cheaper than a look-up.
  if (word.length > 40 || !NON_ASCII.test(word)) return fold(word);
  return foldMemo(word);
}
