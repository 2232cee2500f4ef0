/**
 * Unicode classes of single characters, as bits, for the hand-written scanners of this stage: they walk
 * char codes instead of running `\p{…}` regexes over every word and sentence edge. Each bit is exactly
 * the regex class named beside it, so the scanners match what the regexes they replace matched.
 */
export const NUMBER = 1; // \p{N}
export const LETTER = 2; // \p{L}
export const MARK = 4; // \p{M}
export const UPPER = 8; // \p{Lu}
export const LOWER = 16; // \p{Ll}
export const SPACE = 32; // \s
/** Set on every computed entry so that 0 means "not computed yet". */
const KNOWN = 128;

/** Bits per UTF-16 code unit, filled on first sight (surrogates excepted: they are never cached). */
const table = new Uint8Array(0x10000);

function classify(char: string): number {
  let bits = KNOWN;
  if (/\p{N}/u.test(char)) bits |= NUMBER;
  if (/\p{L}/u.test(char)) bits |= LETTER;
  if (/\p{M}/u.test(char)) bits |= MARK;
  if (/\p{Lu}/u.test(char)) bits |= UPPER;
  if (/\p{Ll}/u.test(char)) bits |= LOWER;
  if (/\s/u.test(char)) bits |= SPACE;
  return bits;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Class bits of the character starting at `index`: a surrogate pair ending before `limit` counts as
 * one character, as in a `u` regex run on `text.slice(…, limit)`; a lone surrogate has no class.
 */
export function classAt(text: string, index: number, limit = text.length): number {
  const cached = table[text.charCodeAt(index)]!;
  return cached !== 0 ? cached : classAtFirstSight(text, index, limit);
}

function classAtFirstSight(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) {
    return isHighSurrogate(code) && index + 1 < limit && isLowSurrogate(text.charCodeAt(index + 1))
      ? classify(text.slice(index, index + 2))
      : KNOWN;
  }
  const bits = classify(String.fromCharCode(code));
  table[code] = bits;
  return bits;
}

/**
 * End of the run of characters starting at `from` whose class has one of the `bits`: what stepping
 * with `classAt` and `widthAt` finds, with the common case (a code unit whose class is known, so not a
 * surrogate) in one table look-up.
 */
export function runEnd(text: string, from: number, bits: number): number {
  let end = from;
  while (end < text.length) {
    const cached = table[text.charCodeAt(end)]!;
    if (cached !== 0) {
      if ((cached & bits) === 0) return end;
      end++;
    } else {
      if ((classAt(text, end) & bits) === 0) return end;
      end += widthAt(text, end);
    }
  }
  return end;
}

/** UTF-16 length of the character starting at `index`: 2 for a surrogate pair ending before `limit`, else 1. */
export function widthAt(text: string, index: number, limit = text.length): number {
  const code = text.charCodeAt(index);
  return code < 0xd800 || code > 0xdbff || index + 1 >= limit || !isLowSurrogate(text.charCodeAt(index + 1)) ? 1 : 2;
}

/** Start of the character ending just before `index`: steps back over a surrogate pair starting at or after `floor`. */
export function previousStart(text: string, index: number, floor = 0): number {
  return index - 2 >= floor && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2))
    ? index - 2
    : index - 1;
}

/** Whether the code unit at `index` is `\s` (no whitespace lies outside the BMP). */
export function isSpaceAt(text: string, index: number): boolean {
  return (classAt(text, index) & SPACE) !== 0;
}
