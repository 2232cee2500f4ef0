/** Per UTF-16 code unit: 0 unknown yet, else 8 | letter 1 | mark 2 | number 4. Filled as text is met. */
const classes = new Uint8Array(0x10000);
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const KNOWN = 8;

function classify(char: string): number {
  return (
    KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? NUMBER : 0)
  );
}

/** The class of the code point at `i` (see `classes`); `width` receives its length in code units. */
function classAt(text: string, i: number, width: { value: number }): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      width.value = 2;
      return classify(text.slice(i, i + 2));
    }
  }
  width.value = 1;
  let known = classes[unit]!;
  if (known === 0) {
    known = classify(text[i]!);
    classes[unit] = known;
  }
  return known;
}

const isApostrophe = (unit: number): boolean => unit === 0x27 || unit === 0x2019;

/**
 * How many words `wordsOf` finds in `text` (runs of letters, marks and digits, joined by an inner
 * apostrophe before letters), counted without building them: several cleaning rules measure every line.
 */
export function countWords(text: string): number {
  const width = { value: 1 };
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if ((classAt(text, i, width) & (LETTER | MARK | NUMBER)) === 0) {
      i += width.value;
      continue;
    }
    count++;
    i += width.value;
    while (i < n && (classAt(text, i, width) & (LETTER | MARK | NUMBER)) !== 0) i += width.value;
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (classAt(text, i + 1, width) & (LETTER | MARK)) !== 0) {
      i += 1 + width.value;
      while (i < n && (classAt(text, i, width) & (LETTER | MARK)) !== 0) i += width.value;
    }
  }
  return count;
}
