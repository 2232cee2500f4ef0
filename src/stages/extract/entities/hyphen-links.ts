import type { Token } from "../../../domain/text.js";
import { NAME_PARTICLES } from "../../../language-data/name-particles.js";
import type { StoryNames } from "./story-names.js";

/** Links `findCandidates` reads as a name's particles already ("de", "von", "al"): not looked at here. */
const PARTICLES = new Set(NAME_PARTICLES);

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

/**
 * Where a known place or organisation goes on through short lower-case words between spaces: "Dar" in "Dar es
 * Salaam", "Bosnia" in "Bosnia and Herzegovina", "Trinidad and Tobago". The index of the last token of the longest
 * such name the gazetteer knows, from `first`; or null. Only looked at when a capitalised word follows one or two
 * words of at most three letters that are no name particles, and not after an organisation's or a place's head
 * word, whose own links `findCandidates` reads ("Bank of America", not "Bank of America and First Los Angeles Bank").
 */
export function knownNameEnd(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  names: StoryNames,
): number | null {
  let cursor = last + 1;
  while (cursor <= last + 2 && isShortLink(tokens, text, cursor)) cursor++;
  if (cursor === last + 1 || !tokens[cursor]?.capitalized || !spaced(tokens, text, cursor)) return null;
  let found: number | null = null;
  const sentence = tokens[first]!.sentence;
  for (let end = cursor; end <= cursor + 2 && tokens[end]?.capitalized && tokens[end]!.sentence === sentence; end++) {
    if (end > cursor && !(spaced(tokens, text, end) || text.charCodeAt(tokens[end]!.start - 1) === HYPHEN)) break;
    if (names.gazetteer(text.slice(tokens[first]!.start, tokens[end]!.end)) !== undefined) found = end;
  }
  return found;
}

function spaced(tokens: readonly Token[], text: string, at: number): boolean {
  return tokens[at]!.start - tokens[at - 1]!.end === 1 && text.charCodeAt(tokens[at]!.start - 1) === 0x20;
}

function isShortLink(tokens: readonly Token[], text: string, at: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined &&
    !token.capitalized &&
    token.text.length <= 3 &&
    !PARTICLES.has(token.normal) &&
    spaced(tokens, text, at)
  );
}
