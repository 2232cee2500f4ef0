import { APOSTROPHE, characterClass, LETTER, lowerCaseOf, NO_SIMPLE_LOWER, spelledByte } from "./eld-characters.js";

/**
 * The words eld reads from a text, as the UTF-8 bytes it makes n-grams of, read straight from the
 * text instead of through eld's `replace(separators)` / `trim()` / `toLowerCase()` over 1,000
 * characters and its byte-string concatenation. eld:
 * - keeps the first 1,000 characters;
 * - replaces each run of separators (non-letters) by one space, except the apostrophes that end the
 *   run (its regex may not end a match on one): "l'eau" stays one word, "it' s" loses the apostrophe,
 *   "x 'y" keeps it in front of "y"; then trims the spaces at both ends;
 * - lower-cases (per word, as spaces bound the only contextual rule, final sigma);
 * - counts UTF-8 bytes, spaces included, and stops at the first space past 350 bytes, or right after
 *   the character that takes it past 380 (that word is cut there).
 * Words are therefore ranges of letters and apostrophes of the text, read in order until the cut.
 */

const MAX_CHARACTERS = 1000;
const SPACE_CUT = 350;
const HARD_CUT = 380;

export interface EldWords {
  /** The words' bytes, each spelled as in eld's n-grams (one character code from 1 to 255). */
  codes: Uint8Array;
  /** Where each word ends in `codes`; a word starts where the one before it ends. */
  ends: Int32Array;
  count: number;
}

/** At most 380 bytes before the last character, which has at most 3. Reused from call to call. */
const words: EldWords = { codes: new Uint8Array(HARD_CUT + 3), ends: new Int32Array(HARD_CUT + 3), count: 0 };
let stored = 0;
let byteCount = 0;

const KEEP_READING = 0;
const CUT = 1;
const NOT_SIMPLE = 2;

/**
 * The words eld reads from `text` (valid until the next call), or null when one of them holds a
 * character whose lower case is not one code unit or depends on its neighbours (İ, Σ): eld itself
 * must then read the text.
 */
export function readEldWords(text: string): EldWords | null {
  const length = Math.min(text.length, MAX_CHARACTERS);
  words.count = 0;
  stored = 0;
  byteCount = 0;
  let wordStart = -1;
  let i = 0;
  while (i < length) {
    if (characterClass[text.charCodeAt(i)] === LETTER) {
      if (wordStart < 0) wordStart = i;
      i++;
      continue;
    }
    let runEnd = i;
    let lastSeparator = -1;
    for (; runEnd < length; runEnd++) {
      const kind = characterClass[text.charCodeAt(runEnd)];
      if (kind === LETTER) break;
      if (kind !== APOSTROPHE) lastSeparator = runEnd;
    }
    if (lastSeparator < 0) {
      if (wordStart < 0) wordStart = i;
      i = runEnd;
      continue;
    }
    // [i, lastSeparator] becomes a space (trimmed when it leads the text: no word yet).
    if (wordStart >= 0) {
      const outcome = addWord(text, wordStart, i);
      if (outcome === NOT_SIMPLE) return null;
      if (outcome === CUT || byteCount > SPACE_CUT) return words;
      byteCount++;
    }
    wordStart = lastSeparator + 1 < runEnd ? lastSeparator + 1 : -1;
    i = runEnd;
  }
  if (wordStart >= 0 && addWord(text, wordStart, length) === NOT_SIMPLE) return null;
  return words;
}

function addWord(text: string, from: number, to: number): number {
  const codes = words.codes;
  for (let i = from; i < to; i++) {
    const lower = lowerCaseOf(text.charCodeAt(i));
    if (lower === NO_SIMPLE_LOWER) return NOT_SIMPLE;
    if (lower < 0x80) {
      codes[stored++] = lower;
      byteCount += 1;
    } else if (lower < 0x800) {
      codes[stored++] = spelledByte[0xc0 | (lower >> 6)] as number;
      codes[stored++] = spelledByte[0x80 | (lower & 0x3f)] as number;
      byteCount += 2;
    } else {
      codes[stored++] = spelledByte[0xe0 | (lower >> 12)] as number;
      codes[stored++] = spelledByte[0x80 | ((lower >> 6) & 0x3f)] as number;
      codes[stored++] = spelledByte[0x80 | (lower & 0x3f)] as number;
      byteCount += 3;
    }
    if (byteCount > HARD_CUT) {
      words.ends[words.count++] = stored;
      return CUT;
    }
  }
  words.ends[words.count++] = stored;
  return KEEP_READING;
}
