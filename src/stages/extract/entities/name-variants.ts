/** How the spelling keys of two names of a story compare: one edit apart, or the same name with middle names. */

/**
 * `editDistance(a, b, 1) <= 1` for two different keys: one substitution when their lengths are equal, one
 * insertion when they differ by one letter.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    let differences = 0;
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index] && ++differences > 1) return false;
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let offset = 0;
  while (offset < short.length && short[offset] === long[offset]) offset++;
  return short.slice(offset) === long.slice(offset + 1);
}

/** An "h" after a consonant: written or not by transliterations of one name ("Kadhafi", "Khadafi", "Gaddafi"). */
const INNER_H = /(?<=[^\saeiou])h/g;

/** A key without the "h" that transliterations add after a consonant ("kadhafi" → "kadafi"). */
export function withoutInnerH(key: string): string {
  return key.includes("h") ? key.replace(INNER_H, "") : key;
}

/**
 * Whether two keys of near-equal lengths are one edit apart, as written or without the "h" transliterations add
 * after a consonant (`bareA`, `bareB`: `withoutInnerH` of each, computed once per key by the caller, which compares
 * every pair): "kadhafi" / "hadafi" are "Kadhafi", "Khadafi".
 */
export function oneEditApart(a: string, b: string, bareA: string, bareB: string): boolean {
  return withinOneEdit(a, b) || ((bareA !== a || bareB !== b) && withinOneEdit(bareA, bareB));
}

/**
 * Whether two keys one edit apart may spell one name: always when they differ in length or are long; two short keys
 * of one length only when the letter that differs is a vowel or sounds alike in both ("morsi" / "mursi", "gadafi" /
 * "kadafi"; "sadat" is no "sadam").
 */
export function plausibleSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length || a.length > SHORT_NAME) return true;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at === a.length || soundAlike(a[at]!, b[at]!);
}

/** Names of at most this many letters (keyed) are told apart by one letter. */
const SHORT_NAME = 6;
/** Letters that transliterations and spellings of one name swap: vowels, and consonants that sound alike. */
const ALIKE = ["aeiouy", "cgkqh", "dt", "sz", "bp", "fv"];
const soundAlike = (a: string, b: string): boolean =>
  ALIKE.some((letters) => letters.includes(a) && letters.includes(b));

/**
 * Whether two keyed names of different lengths with the same first word are one person's, one with middle names
 * ("Barack Hussein Obama", "Barack Obama"): the same last word, and the longer one's other words whole words,
 * no initials ("George W. Bush" may be his father's son or his father's "George Bush").
 */
export function withMiddleNames(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.at(-1) !== long.at(-1)) return false;
  let at = 1;
  for (const word of long.slice(1, -1)) {
    if (at < short.length - 1 && word === short[at]) at++;
    else if (word.length < 2) return false;
  }
  return at === short.length - 1;
}
