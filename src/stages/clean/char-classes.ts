/**
 * Per UTF-16 code unit: 0 unknown yet, else KNOWN | LETTER | MARK | NUMBER, or SURROGATE (the code
 * point is read from the pair). Filled as text is met.
 */
const classes = new Uint8Array(0x10000);
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
const KNOWN = 8;
/** Set on a class read from a surrogate pair: the code point takes two code units. */
const PAIR = 16;
const SURROGATE = 32;
classes.fill(SURROGATE, 0xd800, 0xe000);

function classify(char: string): number {
  return (
    KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0)
  );
}

/**
 * The class of the code point at `i` (LETTER, MARK, NUMBER bits as `\p{L}`, `\p{M}`, `\p{N}` say), with
 * PAIR when it is a surrogate pair: the word scanners read every character of a text.
 */
export function classAt(text: string, i: number): number {
  const known = classes[text.charCodeAt(i)]!;
  return known !== 0 && known !== SURROGATE ? known : classAtSlowly(text, i);
}

function classAtSlowly(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classify(text.slice(i, i + 2)) | PAIR;
  }
  const char = text.charAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) return classify(char);
  const known = classify(char);
  classes[unit] = known;
  return known;
}

/** The class of the code point that ends at `end` (see `classAt`), for reading a text backwards. */
export function classBefore(text: string, end: number): number {
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classAt(text, end - 2);
  }
  return classAt(text, end - 1);
}

/** How many code units the code point of class `kind` takes. */
export const widthOf = (kind: number): number => ((kind & PAIR) === 0 ? 1 : 2);
