import { classAt, LETTER, MARK, NUMBER, widthOf } from "./char-classes.js";
import { wordEnd } from "./count-words.js";
import { foldHash, hashOfFolded } from "./fold-hash.js";
import { wordKey } from "./word-spans.js";

const IN_WORD = LETTER | MARK | NUMBER;

/**
 * The words of a text as `wordSpans` finds them, in parallel arrays (no object per word), with the key
 * of each word only when it is one of `vocabulary`, else "". Rules that compare keys with fixed word
 * lists read the same answers, and most words of an article are spared lower-casing.
 */
export interface LexicalWords {
  starts: number[];
  ends: number[];
  keys: string[];
}

/** Keys worth knowing, and the hash of each (see `foldHash`) to rule other words out without building their keys. */
export interface Vocabulary {
  keys: ReadonlySet<string>;
  hashes: ReadonlySet<number>;
}

export function createVocabulary(keys: Iterable<string>): Vocabulary {
  const known = new Set<string>([...keys].filter((key) => key !== ""));
  return { keys: known, hashes: new Set([...known].map(hashOfFolded)) };
}

export function lexicalWords(text: string, vocabulary: Vocabulary): LexicalWords {
  const words: LexicalWords = { starts: [], ends: [], keys: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = classAt(text, i);
    if ((kind & IN_WORD) === 0) {
      i += widthOf(kind);
      continue;
    }
    const start = i;
    i = wordEnd(text, start);
    words.starts.push(start);
    words.ends.push(i);
    words.keys.push(keyIn(vocabulary, text, start, i));
  }
  return words;
}

/**
 * The key of the word `text.slice(start, end)` if it is in the vocabulary, else "". The hash of its
 * folded form, computed code unit by code unit, rules most words out without building the key.
 */
export function keyIn(vocabulary: Vocabulary, text: string, start: number, end: number): string {
  const hash = foldHash(text, start, end);
  if (hash !== null && !vocabulary.hashes.has(hash)) return "";
  const key = wordKey(text.slice(start, end));
  return vocabulary.keys.has(key) ? key : "";
}
