import type { Token } from "../../../domain/text.js";

/** "-": the char code that joins the parts of a hyphenated name. */
export const HYPHEN = 0x2d;

/** Lower-case words that only join the parts of a place's name between hyphens ("Aix-en-Provence", "Port-au-Prince"). */
const PLACE_LINKS = new Set([
  // fr
  "en",
  "sur",
  "sous",
  "lès",
  "lez",
  "au",
  "aux",
  "le",
  "la",
  "les",
  "de",
  "du",
  "des",
  "d",
  "et",
  "l",
  // en
  "upon",
  "on",
  "under",
]);

/**
 * A hyphenated name whose parts a lower-case word joins: a town or a département ("Boulogne-sur-Mer",
 * "Villeneuve-d'Ascq", "Ille-et-Vilaine", "Stratford-upon-Avon"), not a person, whose hyphenated names join
 * capitalised words only ("Jean-Marie").
 */
export const HYPHEN_LINKED_PLACE =
  /\p{L}-(?:en|sur|sous|lès|lez|au|aux|le|la|les|de|du|des|et|upon|on|under)-\p{L}|\p{L}-[dl]['’]\p{L}/u;

/**
 * Where a name goes on through lower-case words written between hyphens: "Aix" in "Aix-en-Provence" goes on
 * to "Provence", "Villeneuve" in "Villeneuve-d'Ascq" to "Ascq", "Trinité" in "Trinité-et-Tobago" to "Tobago".
 * The index of the capitalised token after the links, or null: every link must be one of `PLACE_LINKS`, at most
 * three of them, each after a hyphen and before a hyphen or an elision's apostrophe.
 */
export function hyphenLinkEnd(tokens: readonly Token[], text: string, last: number): number | null {
  let cursor = last + 1;
  for (let links = 0; links < 3; links++) {
    const link = tokens[cursor];
    if (link === undefined || link.capitalized || link.sentence !== tokens[last]!.sentence) return null;
    if (link.start - tokens[cursor - 1]!.end !== 1 || text.charCodeAt(link.start - 1) !== HYPHEN) return null;
    const word = link.normal.replace(/['’]$/, "");
    if (!PLACE_LINKS.has(word)) return null;
    const next = tokens[cursor + 1];
    if (next === undefined) return null;
    // An elided link ("d'") keeps its apostrophe in its text only.
    const elided = /['’]$/.test(link.text) && next.start === link.end;
    const hyphened = next.start - link.end === 1 && text.charCodeAt(link.end) === HYPHEN;
    if (!elided && !hyphened) return null;
    // Any capitalised word, a title's too: "Port-au-Prince".
    if (next.capitalized) return cursor + 1;
    cursor++;
  }
  return null;
}

/** A romanised Korean syllable written in lower case after a hyphen ("moon" of "Ki-moon", "un" of "Jong-un"). */
const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{0,2}[aeiouwy]{1,3}(?:ng|n|m|k|l|p)?$/u;

/**
 * Where a name goes on through a given name's lower-case second syllable ("Ban Ki-moon", "Kim Jong-un", "Moon
 * Jae-in"): after a short family name and a short capitalised syllable, one romanised syllable joined by a hyphen,
 * no hyphen after it. The index of that syllable's token, or null. "Hamas-run", "Le Pen-led" stay apart: a longer
 * word before the hyphen, or no such syllable after it.
 */
export function givenNameSyllableEnd(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
): number | null {
  const before = tokens[last]!;
  const syllable = tokens[last + 1];
  if (last !== first + 1 || tokens[first]!.text.length > 5 || before.text.length > 4) return null;
  if (syllable === undefined || syllable.capitalized || syllable.sentence !== before.sentence) return null;
  if (syllable.start - before.end !== 1 || text.charCodeAt(before.end) !== HYPHEN) return null;
  if (!KOREAN_SYLLABLE.test(syllable.text) || text.charCodeAt(syllable.end) === HYPHEN) return null;
  return last + 1;
}
