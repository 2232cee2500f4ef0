import { classAt, LETTER, MARK, NUMBER, widthOf } from "./char-classes.js";
import { wordEnd } from "./count-words.js";
import { foldOfCharacter } from "./fold-for-match.js";
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

/** Keys worth knowing, and a hash of each ASCII one to rule other ASCII words out without building them. */
export interface Vocabulary {
  keys: ReadonlySet<string>;
  asciiHashes: ReadonlySet<number>;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** One step of the hash `lexicalWords` computes over a word's folded ASCII code units (upper case counts as lower). */
const hashStep = (hash: number, unit: number): number =>
  (Math.imul(hash, 31) + (unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit)) | 0;

function asciiHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

export function createVocabulary(keys: Iterable<string>): Vocabulary {
  const known = new Set<string>([...keys].filter((key) => key !== ""));
  const asciiHashes = new Set<number>();
  for (const key of known) if (!NON_ASCII.test(key)) asciiHashes.add(asciiHash(key));
  return { keys: known, asciiHashes };
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

/** Per code unit past ASCII: its fold as ASCII code units, or null when that is not known without folding the word. */
const asciiFolds = new Map<number, number[] | null>();

function asciiFoldOf(unit: number): number[] | null {
  let folded = asciiFolds.get(unit);
  if (folded === undefined) {
    const alone = foldOfCharacter(unit);
    folded = alone === null || NON_ASCII.test(alone) ? null : [...alone].map((char) => char.charCodeAt(0));
    asciiFolds.set(unit, folded);
  }
  return folded;
}

/**
 * The word's key if it is in the vocabulary, else "". A hash of its folded form, computed code unit by
 * code unit, rules most words out without building the key.
 */
function keyIn(vocabulary: Vocabulary, text: string, start: number, end: number): string {
  let hash = 0;
  let ascii = true;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      hash = hashStep(hash, unit);
      continue;
    }
    ascii = false;
    const folded = asciiFoldOf(unit);
    if (folded === null) return keyFromWord(vocabulary, text.slice(start, end));
    for (const foldedUnit of folded) hash = hashStep(hash, foldedUnit);
  }
  if (!vocabulary.asciiHashes.has(hash)) return "";
  // An ASCII word's key is its lower case (what `wordKey` gives it).
  return ascii
    ? keyFromVocabulary(vocabulary, text.slice(start, end).toLowerCase())
    : keyFromWord(vocabulary, text.slice(start, end));
}

const keyFromVocabulary = (vocabulary: Vocabulary, key: string): string => (vocabulary.keys.has(key) ? key : "");
const keyFromWord = (vocabulary: Vocabulary, word: string): string => keyFromVocabulary(vocabulary, wordKey(word));
