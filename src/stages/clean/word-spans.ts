import { foldForMatch } from "./line-shape.js";

export interface WordSpan {
  /** Folded for comparison (see `foldForMatch`). */
  key: string;
  start: number;
  end: number;
}

/** Words of `text` with their offsets, for comparing word sequences whatever the punctuation and case. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu)) {
    spans.push({ key: foldForMatch(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Whether `words` starts with `prefix`, compared word by word. */
export function startsWithWords(words: readonly WordSpan[], prefix: readonly WordSpan[]): boolean {
  return prefix.length > 0 && prefix.length <= words.length && prefix.every((word, i) => words[i]!.key === word.key);
}

/** Same words in the same order, punctuation and case aside. */
export function sameWords(a: string, b: string): boolean {
  const left = wordSpans(a);
  const right = wordSpans(b);
  return left.length > 0 && left.length === right.length && startsWithWords(left, right);
}
