import { countWords } from "./count-words.js";
import { foldForMatch } from "./fold-for-match.js";
import { hasMoreWordsThan } from "./more-words-than.js";

export interface WordSpan {
  /** Folded for comparison (see `foldForMatch`). */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Word → its key, for the words met so far (starts afresh past this many, so memory stays bounded). */
const keys = new Map<string, string>();
const KEYS_CAPACITY = 100_000;

const NON_ASCII = /[\u0080-\uffff]/;

/** The key of one word (see `WordSpan`), remembered for the words met lately. */
export function wordKey(word: string): string {
  // A word of ASCII letters, digits and straight apostrophes folds to its lower case.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let key = keys.get(word);
  if (key === undefined) {
    key = foldForMatch(word);
    if (keys.size >= KEYS_CAPACITY) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Words of `text` with their offsets, for comparing word sequences whatever the punctuation and case. */
export function wordSpans(text: string): WordSpan[] {
  return leadingWordSpans(text, Number.POSITIVE_INFINITY);
}

/** The first `count` words of `wordSpans(text)`, when only those matter (the start of a long paragraph). */
export function leadingWordSpans(text: string, count: number): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    if (spans.length >= count) break;
    spans.push({ key: wordKey(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Whether `words` starts with `prefix`, compared word by word. */
export function startsWithWords(words: readonly WordSpan[], prefix: readonly WordSpan[]): boolean {
  return prefix.length > 0 && prefix.length <= words.length && prefix.every((word, i) => words[i]!.key === word.key);
}

/** Same words in the same order, punctuation and case aside. */
export function sameWords(a: string, b: string): boolean {
  // Counting is cheaper than listing, and most lines compared differ in length.
  const count = countWords(b);
  if (count === 0 || !hasMoreWordsThan(a, count - 1) || hasMoreWordsThan(a, count)) return false;
  const left = wordSpans(a);
  const right = wordSpans(b);
  return left.length > 0 && left.length === right.length && startsWithWords(left, right);
}
