const LETTER = /\p{L}/u;

/** Per UTF-16 code unit: 0 not classified yet, 1 a letter, 2 not a letter. Filled as text is met. */
const letterClass = new Uint8Array(0x10000);

/**
 * The length in code units of the letter (`\p{L}` code point) at `index` of `text`: 1, or 2 for a letter
 * outside the Basic Multilingual Plane; 0 when there is no letter there (or `index` is past the end).
 */
export function isLetterAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let known = letterClass[unit]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
    letterClass[unit] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Whether a letter ends right before `index` of `text` (its last code point before `index` is a letter). */
export function endsWithLetter(text: string, index: number): boolean {
  if (index <= 0) return false;
  const unit = text.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetterAt(text, index - 2) === 2;
  }
  return isLetterAt(text, index - 1) === 1;
}
