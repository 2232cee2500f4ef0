/**
 * Letters (`\p{L}`, astral ones included) in `text`, counted up to `enough` (only whether there are
 * that many, or none, matters). A code-unit loop over a lazily filled table: what `matchAll(/\p{L}/gu)`
 * counts, without a match object per letter.
 */
export function countLetters(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) count++;
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (LETTER.test(text.slice(i, i + 2))) count++;
      i++;
    } else if (isBmpLetter(code)) count++;
  }
  return count;
}

const LETTER = /^\p{L}$/u;
const UNKNOWN = 0;
const IS_LETTER = 1;
const NOT_LETTER = 2;
const bmpLetters = new Uint8Array(0x10000);

function isBmpLetter(code: number): boolean {
  let known = bmpLetters[code] as number;
  if (known === UNKNOWN) {
    known = LETTER.test(String.fromCharCode(code)) ? IS_LETTER : NOT_LETTER;
    bmpLetters[code] = known;
  }
  return known === IS_LETTER;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
