import type { Token } from "../../../domain/text.js";
import { HEAD_CONJUNCTIONS, HEAD_LINKS } from "../../../language-data/name-links.js";
import { ROLE_DETERMINERS } from "../../../language-data/pronouns.js";
import { foldAccents, wordSetsByLanguage } from "../../segment/index.js";
import type { RoleMatch } from "./find-roles.js";

/** A function written beside a name with a comma between them, its complement included. */
export interface AppositionRole {
  role: RoleMatch;
  /** Token index of the complement's last word ("vice-président du Conseil fédéral" → "fédéral"), or of the role's. */
  last: number;
}

/** Words of a role's complement that link a head to what it serves ("du", "of", "della"), "and" aside. */
const LINKS: ReadonlySet<string> = new Set(HEAD_LINKS.filter((word) => !HEAD_CONJUNCTIONS.includes(word)));
/** Articles after a link word ("portavoz de los rebeldes", "capo degli ispettori"), the link's own aside. */
const ARTICLES: ReadonlySet<string> = new Set([
  ...["el", "los", "las", "il", "lo", "gli", "i", "o", "os", "as", "dem", "het"],
  ...["un", "une", "a", "an", "uno", "una", "um", "uma", "ein", "eine", "einer", "eines"],
]);
/** A complement runs at most this many words: past it, an apposition is a clause, not a title. */
const MAX_COMPLEMENT_WORDS = 12;

// Apposition determiners are the articles and possessives of `ROLE_DETERMINERS`, not its contractions ("du", "au"):
// "Jean Dupont, le maire", "Jane Doe, her lawyer", never "X, du ministre".
const determiners = wordSetsByLanguage(
  Object.fromEntries(
    Object.entries(ROLE_DETERMINERS).map(([language, words]) => [
      language,
      words.filter((word) => !/\s/.test(word)).map((word) => word.replace(/['’]$/u, "")),
    ]),
  ),
  { fold: true },
);

const COMMA = 44;
/** Lower-case adjectives after a complement's noun. */
const MAX_ADJECTIVES = 2;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

const SPACE = /\s/u;

/**
 * Whether nothing but one comma and spaces stands between two offsets. Asked for every name candidate: read in place,
 * no slice.
 */
export function commaBetween(text: string, end: number, start: number): boolean {
  let commas = 0;
  for (let index = end; index < start; index++) {
    const code = text.charCodeAt(index);
    if (code === COMMA) commas++;
    else if (code !== 32 && !SPACE.test(text[index]!)) return false;
  }
  return commas === 1;
}

/** Whether nothing but spaces, an apostrophe or a hyphen stands between two tokens (no punctuation). */
function runsOn(text: string, previous: Token, next: Token): boolean {
  return /^[\s'’-]*$/u.test(text.slice(previous.end, next.start));
}

/**
 * The last token of `role`'s complement ("président du Conseil d'administration du Chemin de fer de la Jungfrau"):
 * it runs on through link words, a name's words together, until punctuation, a word that neither links nor follows
 * a link, or twelve words. Null when a name follows the role itself ("le Premier ministre britannique David Cameron").
 */
function complementEnd(tokens: readonly Token[], text: string, role: RoleMatch): number | null {
  const sentence = tokens[role.first]!.sentence;
  let end = role.last;
  let linked = false;
  // Lower-case words after the complement's noun, kept only if punctuation closes them: adjectives ("de l'alliance
  // militaire,"), not the clause that goes on ("de l'Intérieur depuis 2020").
  let adjectives = 0;
  for (let index = role.last + 1; index - role.last <= MAX_COMPLEMENT_WORDS; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || !runsOn(text, tokens[index - 1]!, token))
      return end + adjectives;
    if (adjectives > 0 && (token.capitalized || LINKS.has(token.normal) || adjectives === MAX_ADJECTIVES)) break;
    if (LINKS.has(token.normal) || (linked && ARTICLES.has(token.normal))) linked = true;
    else if (linked || (token.capitalized && end > role.last && end === index - 1 && tokens[end]!.capitalized)) {
      end = index;
      linked = false;
    } else if (token.capitalized && end === role.last) return null;
    else if (end > role.last && end === index - 1 - adjectives && !token.isStopword && LOWER_WORD.test(token.text))
      adjectives++;
    else break;
  }
  return end;
}

/**
 * The function written in apposition after the name whose last token is `last`: "Louis Thorens, vice-président",
 * "Sergueï Lavrov, le ministre russe des Affaires étrangères", "Jens Stoltenberg, secretary general of NATO". The
 * role must open right after the comma (an article or a possessive aside) and be one of `roles`, its complement
 * included (see `complementEnd`). Null when the name is followed by anything else ("Blinken, qui…"), or the role by a
 * name of its own (a list: "Sarkozy, le président américain Obama").
 */
export function appositionRole(
  tokens: readonly Token[],
  text: string,
  last: number,
  roles: readonly RoleMatch[],
  language: string,
): AppositionRole | null {
  const name = tokens[last];
  let first = last + 1;
  const opening = tokens[first];
  if (name === undefined || opening === undefined || opening.sentence !== name.sentence) return null;
  if (!commaBetween(text, name.end, opening.start)) return null;
  if (determiners(language).has(foldAccents(opening.normal))) first++;
  const role = roles.find((match) => match.first === first);
  if (role === undefined || (first > last + 1 && !runsOn(text, opening, tokens[first]!))) return null;
  const end = complementEnd(tokens, text, role);
  if (end === null) return null;
  // "Robert Gates, le président russe, Dmitri Medvedev": a role with its article between two names, in commas,
  // introduces the second ("Louis Thorens, vice-président, Numa Matthey, secrétaire" lists each role after its name).
  const after = tokens[end + 1];
  if (
    first > last + 1 &&
    after !== undefined &&
    after.capitalized &&
    after.sentence === name.sentence &&
    commaBetween(text, tokens[end]!.end, after.start)
  )
    return null;
  return { role, last: end };
}

/**
 * The function written before the name whose first token is `first`, its complement and a comma between them: "Le
 * vice-ministre russe de la Défense, Alexandre Fomine", "the secretary general of the alliance, Jens Stoltenberg".
 * The role must follow an article or a possessive: a bare role before a comma is the previous name's, in a list
 * ("Louis Thorens, vice-président, Numa Matthey").
 */
export function roleBeforeComma(
  tokens: readonly Token[],
  text: string,
  first: number,
  roles: readonly RoleMatch[],
  language: string,
): AppositionRole | null {
  const name = tokens[first];
  if (name === undefined || first < 2 || text.charCodeAt(tokens[first - 1]!.end) !== COMMA) return null;
  for (let index = roles.length - 1; index >= 0; index--) {
    const role = roles[index]!;
    if (role.last >= first) continue;
    if (tokens[role.first]!.sentence !== name.sentence || first - role.last > MAX_COMPLEMENT_WORDS + 1) return null;
    const determiner = tokens[role.first - 1];
    if (determiner === undefined || !determiners(language).has(foldAccents(determiner.normal))) return null;
    const end = complementEnd(tokens, text, role);
    if (end !== first - 1 || !commaBetween(text, tokens[end]!.end, name.start)) return null;
    return { role, last: end };
  }
  return null;
}
