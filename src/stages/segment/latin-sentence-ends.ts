/**
 * The sentence breaks of Unicode's UAX #29 (what Intl.Segmenter's "sentence" granularity finds), in
 * plain JavaScript for the characters news text is mostly made of: Latin letters, digits, common
 * punctuation and spaces. Node 20's Intl.Segmenter costs microseconds per sentence, most of what
 * splitting sentences cost; this costs a few nanoseconds per character. A text holding any other
 * character (another script, a combining mark, a carriage return…) is left to Intl.Segmenter, and
 * `latin-sentence-ends.test.ts` checks both agree on every character of the set, in every rule's context.
 */

/** Sentence_Break values of UAX #29, restricted to what the set below holds. */
const OTHER = 1;
const SPACE = 2; // Sp
const LINE_FEED = 3; // LF (a ParaSep)
const FULL_STOP = 4; // ATerm
const TERMINATOR = 5; // STerm
const CLOSE = 6; // Close: brackets and quotation marks
const CONTINUE = 7; // SContinue
const NUMERIC = 8; // Numeric
const UPPER = 9; // Upper
const LOWER = 10; // Lower
const LETTER = 11; // OLetter

/** Sentence_Break per UTF-16 code unit; 0 for the characters left to Intl.Segmenter. */
const BREAK_CLASS = new Uint8Array(0x10000);

function assign(breakClass: number, characters: string): void {
  for (const character of characters) BREAK_CLASS[character.charCodeAt(0)] = breakClass;
}

function assignRange(from: number, to: number, breakClass: (character: string) => number): void {
  for (let code = from; code <= to; code++) BREAK_CLASS[code] = breakClass(String.fromCharCode(code));
}

/** Latin letters: Lower when Lowercase, Upper when Uppercase or titlecase, else OLetter; the rest Other. */
function latinClass(character: string): number {
  if (/\p{Lowercase}/u.test(character)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(character)) return UPPER;
  if (/\p{Alphabetic}/u.test(character)) return LETTER;
  return OTHER;
}

/** Symbols (currency, arrows, shapes) are Other. */
function symbolClass(character: string): number {
  return /\p{S}/u.test(character) && !/\p{Alphabetic}/u.test(character) ? OTHER : 0;
}

assignRange(0x21, 0x7e, latinClass);
assignRange(0xa1, 0x24f, latinClass);
assignRange(0x20a0, 0x20c0, symbolClass);
assignRange(0x2190, 0x21ff, symbolClass);
assignRange(0x25a0, 0x26ff, symbolClass);
assign(SPACE, "\t\v\f \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f");
assign(LINE_FEED, "\n");
assign(FULL_STOP, ".");
assign(TERMINATOR, "!?");
assign(CLOSE, "()[]{}\"'«»‘’‚‛“”„‟‹›");
assign(CONTINUE, ",-:;–—");
assign(NUMERIC, "0123456789");
assign(OTHER, "‐‑‒―†‡•…‰′™№");
// The soft hyphen is Format, which the rules skip over: left to Intl.Segmenter.
BREAK_CLASS[0xad] = 0;

/** Whether a character of class `breakClass` ends the run scanned ahead by rule SB8. */
function stopsLowerSearch(breakClass: number): boolean {
  return (
    breakClass === LETTER ||
    breakClass === UPPER ||
    breakClass === LOWER ||
    breakClass === LINE_FEED ||
    breakClass === FULL_STOP ||
    breakClass === TERMINATOR
  );
}

/**
 * Appends to `ends` the end of each sentence of `text.slice(start, end)` as Intl.Segmenter would cut
 * it (offsets into `text`, the last one `end`), and returns true; returns false, with `ends` in an
 * unspecified state, when the slice holds a character this does not know.
 */
export function latinSentenceEnds(text: string, start: number, end: number, ends: number[]): boolean {
  let index = start;
  while (index < end) {
    const breakClass = BREAK_CLASS[text.charCodeAt(index)]!;
    if (breakClass === 0) return false;
    if (breakClass === LINE_FEED) {
      index++;
      if (index < end) ends.push(index); // SB4: break after a paragraph separator.
      continue;
    }
    if (breakClass !== FULL_STOP && breakClass !== TERMINATOR) {
      index++;
      continue;
    }
    // SATerm Close* Sp*: the only place after which a break can fall (SB9, SB10 keep the run whole).
    let next = index + 1;
    while (next < end && BREAK_CLASS[text.charCodeAt(next)] === CLOSE) next++;
    while (next < end && BREAK_CLASS[text.charCodeAt(next)] === SPACE) next++;
    if (next === end) break;
    const following = BREAK_CLASS[text.charCodeAt(next)]!;
    if (following === 0) return false;
    if (following === LINE_FEED) {
      index = next; // SB9, SB10: the separator joins the sentence, SB4 breaks after it.
      continue;
    }
    if (
      following === CONTINUE ||
      following === FULL_STOP ||
      following === TERMINATOR ||
      !breaksAfter(text, start, index, next, end)
    ) {
      index = next; // SB8a, SB6, SB7, SB8: no break.
      continue;
    }
    ends.push(next); // SB11
    index = next;
  }
  ends.push(end);
  return true;
}

/**
 * Rules SB6, SB7 and SB8 for the terminator at `terminator`, whose Close* Sp* run ends at `next`:
 * false when they forbid the break. An unknown character ahead also answers false: the caller's scan
 * reaches it next and gives up.
 */
function breaksAfter(text: string, start: number, terminator: number, next: number, end: number): boolean {
  if (BREAK_CLASS[text.charCodeAt(terminator)] !== FULL_STOP) return true;
  const following = BREAK_CLASS[text.charCodeAt(next)]!;
  if (next === terminator + 1) {
    if (following === NUMERIC) return false; // SB6: "3.5"
    if (following === UPPER && terminator > start) {
      const before = BREAK_CLASS[text.charCodeAt(terminator - 1)];
      if (before === UPPER || before === LOWER) return false; // SB7: "U.S"
    }
  }
  // SB8: no break when the next letter, past digits, quotes and punctuation, is lower-case.
  for (let index = next; index < end; index++) {
    const breakClass = BREAK_CLASS[text.charCodeAt(index)]!;
    if (breakClass === 0) return false;
    if (stopsLowerSearch(breakClass)) return breakClass !== LOWER;
  }
  return true;
}
