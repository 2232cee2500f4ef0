import { memoizeWord } from "./word-memo.js";

/**
 * The definition, for a lower-cased word: canonical decomposition, combining marks dropped, ligatures
 * spelt out. `foldAccents` gives the same, faster.
 */
export function foldByNormalizing(lower: string): string {
  return lower
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}

/** Code units below this have a precomputed fold when they are Latin, a combining mark or punctuation. */
const TABLE_END = 0x2070;

function inTable(code: number): boolean {
  return (code >= 0x80 && code < 0x250) || (code >= 0x300 && code < 0x370) || (code >= 0x2000 && code < TABLE_END);
}

/**
 * Each such code unit folded alone. Folding is per character for them: their decompositions are
 * Latin letters and combining marks, and the marks, the only characters canonical reordering moves,
 * are all dropped.
 */
const FOLDED: (string | undefined)[] = [];
for (let code = 0x80; code < TABLE_END; code++) {
  if (inTable(code)) FOLDED[code] = foldByNormalizing(String.fromCharCode(code));
}

/**
 * Folds `word`, in one pass over its lower case when every character has a precomputed fold (a few
 * times faster than normalizing a whole line), else by normalizing.
 */
function fold(word: string): string {
  const lower = word.toLowerCase();
  let folded = "";
  let copiedUpTo = 0;
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    if (code < 0x80) continue;
    const replacement = inTable(code) ? FOLDED[code]! : undefined;
    if (replacement === undefined) return foldByNormalizing(lower);
    if (replacement.length === 1 && replacement.charCodeAt(0) === code) continue;
    folded += lower.slice(copiedUpTo, index) + replacement;
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? lower : folded + lower.slice(copiedUpTo);
}

const foldMemo = memoizeWord(fold);
const UPPER_OR_NON_ASCII = /[A-Z\u0080-\uffff]/;

/** Longest string folded through the memo, which is for words; longer ones (titles, lines) are folded directly. */
const MEMO_MAX_LENGTH = 40;

/**
 * Lower-cases and strips combining accents: "États" → "etats". Used for matching, never for display.
 * Called for nearly every token by several stages: lower-case ASCII, most words, comes back as it is
 * after one regex test; other words go through a memo.
 */
export function foldAccents(word: string): string {
  if (!UPPER_OR_NON_ASCII.test(word)) return word;
  return word.length > MEMO_MAX_LENGTH ? fold(word) : foldMemo(word);
}
