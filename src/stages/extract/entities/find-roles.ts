import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NOT_NAME_ADJECTIVES } from "../../../language-data/name-adjectives.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { REPORTING_VERBS } from "../../../language-data/reporting-verbs.js";
import { PROFESSION_ROLES } from "../../../language-data/roles/profession-roles.js";
import { ROLES } from "../../../language-data/roles.js";
import { foldAccents, wordSetsByLanguage } from "../../segment/index.js";
import { foldedNormals } from "./token-folds.js";

/** One function title in a text: "le ministre russe des Affaires étrangères", "German Chancellor". */
export interface RoleMatch {
  /** Index of the first and last token of the role, adjectives of nationality included. */
  first: number;
  last: number;
  /** Folded first word of the role ("ministre", "secretaire", "chancellor"). */
  head: string;
  /** Folded adjectives written with it ("russe", "americain"), first four letters, so gender does not matter. */
  adjectives: string[];
}

/** One function however it is written: its folded head and adjectives ("ministre|russ"). */
export function roleKey(role: RoleMatch): string {
  return `${role.head}|${[...role.adjectives].sort().join(",")}`;
}

const compiled = new Map<string, Map<string, string[][]>>();
/** Patterns of occupations only (`PROFESSION_ROLES`), not functions too. */
const occupations = new WeakSet<string[]>();

/** Languages whose sentences may open on a bare occupation before a name (English; Romanian's article is a suffix). */
const OPENING_WITHOUT_ARTICLE = new Set(["en", "ro"]);

/** Folded word lists of roles. */
function wordsOf(role: string): string[] {
  return foldAccents(role)
    .split(/[\s'’-]+/)
    .filter((word) => word.length > 0);
}

/** The roles of `language` as folded word lists, by first word, longest first. */
function rolePatterns(language: string): Map<string, string[][]> {
  let byFirst = compiled.get(language);
  if (byFirst !== undefined) return byFirst;
  const functions = (ROLES[language as SupportedLanguage] ?? ROLES.en).map(wordsOf);
  const known = new Set(functions.map((words) => words.join(" ")));
  const jobs = (PROFESSION_ROLES[language as SupportedLanguage] ?? [])
    .map(wordsOf)
    .filter((words) => !known.has(words.join(" ")));
  for (const words of jobs) occupations.add(words);
  const patterns = [...functions, ...jobs].sort((a, b) => b.length - a.length);
  byFirst = new Map();
  for (const pattern of patterns) byFirst.set(pattern[0]!, [...(byFirst.get(pattern[0]!) ?? []), pattern]);
  compiled.set(language, byFirst);
  return byFirst;
}

/**
 * Whether an occupation may be read at `index`: written in lower case, unless the language capitalises its nouns, or
 * opening a sentence in a language that puts no article before it ("Actor Tom Hanks said…", "Actorul Ion Caramitru";
 * French, Spanish, Italian, Portuguese write "Le chanteur"). A capitalised "Chanteur" elsewhere is a surname
 * ("3. Chanteur (Fr)").
 */
function occupationAt(tokens: readonly Token[], index: number, language: string): boolean {
  const token = tokens[index]!;
  if (!token.capitalized || NOUN_CAPITALISING_LANGUAGES.has(language)) return true;
  return OPENING_WITHOUT_ARTICLE.has(language) && tokens[index - 1]?.sentence !== token.sentence;
}

const reportingVerbs = wordSetsByLanguage(REPORTING_VERBS, { fold: true });

/** Words that end like adjectives but are none ("ministre de l'Intérieur depuis 2020", "président pendant dix ans"). */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(NOT_NAME_ADJECTIVES);

/** Languages that put adjectives of nationality before the noun ("Russian Foreign Minister"). */
const ADJECTIVE_FIRST = new Set(["en", "de", "nl"]);

const LOWER_ADJECTIVE = /^\p{Ll}[\p{Ll}-]+$/u;
/** "Russian", "Chinese", "British", "Dutch", "Iraqi", "Deutsche": an adjective of nationality before a title. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i|isch|ische|ischer|ischen)$/u;

/** Whether `token` follows `previous` with nothing but one space or hyphen between them. */
function adjacent(previous: Token | undefined, token: Token): boolean {
  return previous !== undefined && token.start - previous.end <= 1;
}

/** Whether token `index` is a lower-case adjective right after the one before it, in `sentence`. */
function isAdjective(tokens: readonly Token[], index: number, sentence: number, verbs: ReadonlySet<string>): boolean {
  const token = tokens[index];
  if (token === undefined || token.sentence !== sentence || token.isStopword || !adjacent(tokens[index - 1], token))
    return false;
  if (!LOWER_ADJECTIVE.test(token.text)) return false;
  const folded = foldAccents(token.text);
  return !verbs.has(folded) && !NOT_ADJECTIVES.has(folded);
}

function isLeadingAdjective(token: Token | undefined, sentence: number, next: Token): boolean {
  if (token === undefined || token.sentence !== sentence || token.isStopword || !adjacent(token, next)) return false;
  return NATIONALITY.test(token.text) || /^(?:U|US|UK|EU)$/.test(token.text);
}

const found = new WeakMap<readonly Token[], Map<string, RoleMatch[]>>();

/**
 * Function titles among `tokens` (case-insensitive: "président", "President", "Außenminister"), each with the
 * adjectives of nationality around it. Romance languages allow up to two lower-case adjectives after the first
 * word or the whole title ("ministre russe des affaires étrangères", "chef de la diplomatie américaine").
 * Entities and quotes both ask for an article's roles: they are found once per token list and language, and
 * shared (read-only).
 */
export function findRoles(tokens: readonly Token[], language: string): RoleMatch[] {
  let byLanguage = found.get(tokens);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    found.set(tokens, byLanguage);
  }
  let matches = byLanguage.get(language);
  if (matches === undefined) {
    matches = matchRoles(tokens, language);
    byLanguage.set(language, matches);
  }
  return matches;
}

function matchRoles(tokens: readonly Token[], language: string): RoleMatch[] {
  const patterns = rolePatterns(language);
  const verbs = reportingVerbs(language);
  const normals = foldedNormals(tokens);
  const matches: RoleMatch[] = [];
  const adjectiveFirst = ADJECTIVE_FIRST.has(language);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const candidates = patterns.get(normals[index]!);
    if (candidates === undefined) continue;
    for (const pattern of candidates) {
      if (occupations.has(pattern) && !occupationAt(tokens, index, language)) continue;
      const adjectives: string[] = [];
      let cursor = index + 1;
      let matched = true;
      for (let word = 1; word < pattern.length; word++) {
        if (word === 1 && !adjectiveFirst) {
          while (
            adjectives.length < 2 &&
            isAdjective(tokens, cursor, token.sentence, verbs) &&
            normals[cursor] !== pattern[1]
          ) {
            adjectives.push(normals[cursor]!.slice(0, 4));
            cursor++;
          }
        }
        const next = tokens[cursor];
        if (next === undefined || next.sentence !== token.sentence || normals[cursor] !== pattern[word]) {
          matched = false;
          break;
        }
        cursor++;
      }
      if (!matched) continue;
      let first = index;
      if (adjectiveFirst) {
        while (
          first > 0 &&
          index - first < 2 &&
          isLeadingAdjective(tokens[first - 1], token.sentence, tokens[first]!)
        ) {
          first--;
          adjectives.push(normals[first]!.slice(0, 4));
        }
      } else {
        while (adjectives.length < 3 && isAdjective(tokens, cursor, token.sentence, verbs)) {
          adjectives.push(normals[cursor]!.slice(0, 4));
          cursor++;
        }
      }
      matches.push({ first, last: cursor - 1, head: pattern[0]!, adjectives });
      index = cursor - 1;
      break;
    }
  }
  return matches;
}
