import { foldAccents } from "../../segment/index.js";
import { memoizeName } from "./memoize-name.js";

/**
 * A spelling-insensitive key for a name, so that transliterations and typing variants meet:
 * "Sergueï" / "Sergei", "Zelenskiy" / "Zelensky" / "Zelenski", "Anthony" / "Antony", "OTAN" / "Otan".
 * Accents and case go, apostrophes and hyphens become spaces, and common transliteration pairs are
 * collapsed (gu+e/i → g, ou → u, y/j → i, ph → f, th → t, ck/q → k, double letters → one).
 */
export const nameKey = memoizeName(keyOf);

/** Spaces, apostrophes, hyphens, dashes and periods: what separates the words of a name. */
const SEPARATORS = /[\s’'`\-‐‑–.]+/;

/** `nameKey` without the memo, for names met once (building a table of them). */
export function keyOf(name: string): string {
  if (/(\p{Lu})\1/u.test(name)) return keyOfPaired(name);
  return foldAccents(name)
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map(foldWord)
    .join(" ");
}

/**
 * A word in capitals whose letters come in pairs: Spanish writes the plural of an abbreviation so ("EE. UU.",
 * "EEUU": Estados Unidos; "FF. AA.": Fuerzas Armadas), and its doubled letters are no spelling variant ("EEUU" is no
 * "EU").
 */
const PAIRED_CAPITALS = /^(?:(\p{Lu})\1)+$/u;

/** `keyOf` of a name with two like capitals in a row, keeping the letters of a plural abbreviation paired. */
function keyOfPaired(name: string): string {
  return name
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map((word) => (PAIRED_CAPITALS.test(word) ? word.toLowerCase() : foldWord(foldAccents(word))))
    .join(" ");
}

/** A name as written, accents and case aside ("Genève" = "GENEVE", "Amman" ≠ "Ammann"): what `keyOf` starts from. */
export function spellingOf(name: string): string {
  return foldAccents(name)
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .join(" ");
}

const DOUBLED_LETTER = /(\p{L})\1+/gu;

/** Abbreviated words of place names, keyed as the words they stand for ("St Petersburg" = "Saint Petersburg"). */
const ABBREVIATED_WORDS = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
  ["mt", "mount"],
]);

/**
 * A short word's doubled letters are no spelling variant: an abbreviation's letters are words' initials ("USSR" and
 * "Urss" are not "USR", a Romanian party; "CNSS" is not "CNS").
 */
const SHORT_WORD = 4;

/** One word's spelling key; names share their words ("Emmanuel", "Macron", "Paris"), so each is keyed once. */
const foldWord = memoizeName((word: string): string => {
  const key = (ABBREVIATED_WORDS.get(word) ?? word)
    .replace(/gu(?=[ei])/g, "g")
    .replace(/ou/g, "u")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ck|q/g, "k")
    .replace(/kh/g, "h")
    .replace(/sch|sh|ch/g, "s")
    .replace(/[yj]/g, "i")
    .replace(/ii+/g, "i");
  return (word.length > SHORT_WORD ? key.replace(DOUBLED_LETTER, "$1") : key).replace(/(?<=.)ie$/u, "i");
});

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
