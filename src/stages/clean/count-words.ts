import { classAt, LETTER, MARK, NUMBER, widthOf } from "./char-classes.js";

const IN_WORD = LETTER | MARK | NUMBER;
const AFTER_APOSTROPHE = LETTER | MARK;

const isApostrophe = (unit: number): boolean => unit === 0x27 || unit === 0x2019;

/**
 * Where the word that starts at `start` ends: a run of letters, marks and digits, then any inner
 * apostrophes before letters with the letters after them (the words `wordsOf` finds).
 */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let kind = classAt(text, i);
  do {
    i += widthOf(kind);
    kind = i < n ? classAt(text, i) : 0;
  } while ((kind & IN_WORD) !== 0);
  while (i + 1 < n && isApostrophe(text.charCodeAt(i))) {
    kind = classAt(text, i + 1);
    if ((kind & AFTER_APOSTROPHE) === 0) break;
    i += 1;
    do {
      i += widthOf(kind);
      kind = i < n ? classAt(text, i) : 0;
    } while ((kind & AFTER_APOSTROPHE) !== 0);
  }
  return i;
}

/**
 * How many words `wordsOf` finds in `text` (runs of letters, marks and digits, joined by an inner
 * apostrophe before letters), counted without building them: several cleaning rules measure every line.
 * Counting stops at `atMost` (that is the answer then): the rules only ask whether a line is short.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n && count < atMost) {
    const kind = classAt(text, i);
    if ((kind & IN_WORD) === 0) {
      i += widthOf(kind);
    } else {
      count++;
      i = wordEnd(text, i);
    }
  }
  return count;
}
