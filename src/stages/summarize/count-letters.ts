const LETTER = /\p{L}/u;

/** Per UTF-16 code unit: 0 not classified yet, 1 a letter, 2 not a letter. Filled as text is met. */
const letterClass = new Uint8Array(0x10000);

function classify(unit: number): number {
  const known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
  letterClass[unit] = known;
  return known;
}

/**
 * How many letters (`\p{L}` code points) `text` holds from `start` to `end`: what
 * `text.slice(start, end).match(/\p{L}/gu).length` counts, without a regex match per letter.
 */
export function countLetters(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A letter outside the Basic Multilingual Plane (rare): its pair is tested whole.
        if (LETTER.test(text.slice(i, i + 2))) count++;
        i++;
        continue;
      }
    }
    const known = letterClass[unit]!;
    if ((known === 0 ? classify(unit) : known) === 1) count++;
  }
  return count;
}
