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

/** Given names of at least this many letters (keyed) may differ by their vowels. */
const VOWEL_VARIANT_LENGTH = 4;
/** …in at most this many places. */
const VOWEL_VARIANT_PLACES = 2;
const VOWELS = "aeiou";

/**
 * Whether two keyed given names are one name transliterated: the same letters but for vowels, at most two of them
 * and never the last letter ("abdul" / "abdel", "mohamed" / "muhamad", "usama" / "osama"). A last vowel tells a
 * name's gender in Italian, Spanish or Portuguese ("Carlo" / "Carla", "Mario" / "Maria"): two people.
 */
export function vowelVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < VOWEL_VARIANT_LENGTH || a.at(-1) !== b.at(-1)) return false;
  let places = 0;
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue;
    if (!VOWELS.includes(a[index]!) || !VOWELS.includes(b[index]!) || ++places > VOWEL_VARIANT_PLACES) return false;
  }
  return true;
}

/**
 * Whether two keyed full names differ by their given name's last vowel alone ("carlo rosi" / "carla rosi"): two
 * people (Italian, Spanish and Portuguese given names tell a man from a woman so), not a misspelling.
 */
export function genderedGivenNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const [first, other] = [a[0]!, b[0]!];
  return (
    first.length === other.length &&
    first !== other &&
    first.slice(0, -1) === other.slice(0, -1) &&
    VOWELS.includes(first.at(-1)!) &&
    VOWELS.includes(other.at(-1)!) &&
    a.slice(1).join(" ") === b.slice(1).join(" ")
  );
}
