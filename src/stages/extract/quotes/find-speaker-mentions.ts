import type { Entity } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { LAST_NAMED_DEMONSTRATIVES, PERSON_PRONOUNS, ROLE_DETERMINERS } from "../../../language-data/pronouns.js";
import { foldAccents } from "../../segment/index.js";
import { findRoles, foldedNormals, type RoleMatch, roleKey } from "../entities/index.js";
import { findNames, type NameForms } from "./find-names.js";
import { lowerBound } from "./lower-bound.js";

/** Something in a text that can be the speaker of a quote. */
export interface SpeakerMention {
  kind: "name" | "role" | "pronoun" | "demonstrative" | "phrase";
  start: number;
  end: number;
  text: string;
  /** The entity named, for names (and roles written with a name: "le ministre russe, Sergueï Lavrov"). */
  entity: Entity | null;
  role: RoleMatch | null;
}

/** The function a role mention names, however it is written ("ministre|russ"); null for other mentions. */
export function speakerRoleKey(mention: SpeakerMention): string | null {
  return mention.role === null ? null : roleKey(mention.role);
}

/**
 * What a folded word may open: demonstrative phrases (their folded words, in the language's order), a pronoun. Each
 * keeps its first word as written when an accent tells it from another word ("él", not the article "el"; "éste", not
 * the determiner "este"), which the text must then write so; `null` when any spelling will do.
 */
interface WordOpening {
  demonstratives: { words: string[]; written: string | null }[];
  pronoun: { written: string | null } | null;
}

/** `word` lower-cased, when folding its accents makes another word of it; else null. */
function writtenIfAccented(word: string): string | null {
  const lower = word.toLowerCase();
  return foldAccents(lower) === lower ? null : lower;
}

interface SpeakerWords {
  determiners: Set<string>;
  /** The words opening a demonstrative or being a subject pronoun: one look-up per token finds both. */
  openings: Map<string, WordOpening>;
}

const wordsByLanguage = new Map<string, SpeakerWords>();

function speakerWords(language: string): SpeakerWords {
  let words = wordsByLanguage.get(language);
  if (words === undefined) {
    const lang = language as SupportedLanguage;
    const openings = new Map<string, WordOpening>();
    const opening = (word: string): WordOpening => {
      let known = openings.get(word);
      if (known === undefined) {
        known = { demonstratives: [], pronoun: null };
        openings.set(word, known);
      }
      return known;
    };
    for (const phrase of LAST_NAMED_DEMONSTRATIVES[lang] ?? []) {
      const phraseWords = foldAccents(phrase)
        .split(/[\s'’-]+/)
        .filter((word) => word.length > 0);
      const written = phraseWords.length === 1 ? writtenIfAccented(phrase) : null;
      opening(phraseWords[0]!).demonstratives.push({ words: phraseWords, written });
    }
    for (const pronoun of PERSON_PRONOUNS[lang] ?? [])
      opening(foldAccents(pronoun)).pronoun = { written: writtenIfAccented(pronoun) };
    words = { determiners: new Set((ROLE_DETERMINERS[lang] ?? []).map(foldAccents)), openings };
    wordsByLanguage.set(language, words);
  }
  return words;
}

/**
 * "le ministre russe Sergueï Lavrov", "le secrétaire général de l'alliance militaire, Jens Stoltenberg,"; and,
 * before a person's name, a role's complement naming whom it serves, one to three capitalised words after a
 * short preposition or none (`COMPLEMENT_BEFORE_PERSON`): "le patron d'Airbus Guillaume Faury", "the CEO of
 * Boeing David Calhoun", "el presidente del Real Madrid Florentino Pérez", "le député LR Eric Ciotti".
 */
const NAME_AFTER_ROLE = /^(?:[\s,\u00a0]{0,3}|[^.;:!?«»“”()]*,\s*)$/u;
/**
 * A complement between a role and a person's name (see `NAME_AFTER_ROLE`): capitalised words, each maybe with an
 * adjective ("le ministre de l’Education nationale Jean-Michel Blanquer"), none an article ("le leader de La France
 * Insoumise" names no holder: "La" opens the complement's own name).
 */
const COMPLEMENT_BEFORE_PERSON =
  /^[\s\u00a0]+(?:\p{Ll}{1,3}(?:['’]|[\s\u00a0]+)(?:\p{Ll}['’])?)?(?:(?!(?:La|Le|Les|The|El|Los|Las|Il|Lo|Gli|Der|Die|Das|Os|As)[\s\u00a0])\p{Lu}[\p{L}&.-]*[\s\u00a0]+(?:\p{Ll}{4,}[\s\u00a0]+)?){1,3}$/u;
/** "Sergueï Lavrov, le ministre russe", "Lavrov, notre ministre". */
const NAME_BEFORE_ROLE = /^[\s,\u00a0]{1,3}(?:\p{Ll}+\s)?$/u;
/** A character that no gap before a role may hold: a name ending before it cannot be the role's holder. */
const NOT_IN_GAP_BEFORE_ROLE = /[^\s,\u00a0\p{Ll}]/u;

/**
 * The names of one article laid out by position, so that each role looks only at the names around it. The
 * names stay in `findNames` order (longest form first): among several that fit, the first in that order wins.
 */
class NamesByPosition {
  private readonly byStart: number[];
  private readonly starts: number[];
  /** Largest end among the names of `byStart` up to each position. */
  private readonly reach: number[];
  private readonly byEnd: number[];
  private readonly ends: number[];

  constructor(private readonly names: readonly SpeakerMention[]) {
    const order = names.map((_, index) => index);
    this.byStart = [...order].sort((a, b) => names[a]!.start - names[b]!.start || a - b);
    this.starts = this.byStart.map((index) => names[index]!.start);
    let reach = Number.NEGATIVE_INFINITY;
    this.reach = this.byStart.map((index) => {
      reach = Math.max(reach, names[index]!.end);
      return reach;
    });
    this.byEnd = [...order].sort((a, b) => names[a]!.end - names[b]!.end || a - b);
    this.ends = this.byEnd.map((index) => names[index]!.end);
  }

  /** Whether a name overlaps `start`–`end`. */
  overlaps(start: number, end: number): boolean {
    const before = lowerBound(this.starts, end);
    return before > 0 && this.reach[before - 1]! > start;
  }

  /**
   * The first name (in `findNames` order) starting 0 to 60 characters after `end`, joined to it by
   * `NAME_AFTER_ROLE`; the nearest person's first, as a role's holder is one ("le député LR Eric Ciotti": not LR).
   */
  after(text: string, end: number): SpeakerMention | undefined {
    let best = -1;
    let person = -1;
    let personStart = -1;
    for (let position = lowerBound(this.starts, end); position < this.starts.length; position++) {
      if (this.starts[position]! - end > 60) break;
      const index = this.byStart[position]!;
      const gap = text.slice(end, this.starts[position]!);
      const isPerson = this.names[index]!.entity?.type === "person";
      if (!NAME_AFTER_ROLE.test(gap) && !(isPerson && COMPLEMENT_BEFORE_PERSON.test(gap))) continue;
      if (best < 0 || index < best) best = index;
      // The nearest person: one further on has the nearer name in its gap ("Außenminister Sergej Lawrow.
      // Bundeskanzler Olaf Scholz"); at one start, the first in `findNames` order.
      if (isPerson && (person < 0 || (this.starts[position] === personStart && index < person))) {
        person = index;
        personStart = this.starts[position]!;
      }
    }
    return person >= 0 ? this.names[person] : best < 0 ? undefined : this.names[best];
  }

  /** The first name (in `findNames` order) ending right before `start`, joined to it by `NAME_BEFORE_ROLE`. */
  before(text: string, start: number): SpeakerMention | undefined {
    let best = -1;
    for (let position = lowerBound(this.ends, start + 1) - 1; position >= 0; position--) {
      const index = this.byEnd[position]!;
      const gap = text.slice(this.ends[position]!, start);
      if ((best < 0 || index < best) && NAME_BEFORE_ROLE.test(gap)) best = index;
      // Names ending further back have this gap in theirs.
      if (NOT_IN_GAP_BEFORE_ROLE.test(gap)) break;
    }
    return best < 0 ? undefined : this.names[best];
  }
}

/** The first of `phrases` (folded words) written from token `index` on, its first word being there already. */
function demonstrativeAt(
  phrases: WordOpening["demonstratives"],
  normals: readonly string[],
  index: number,
  written: string,
): readonly string[] | undefined {
  for (const { words, written: required } of phrases) {
    if (required !== null && required !== written) continue;
    let offset = 1;
    while (offset < words.length && normals[index + offset] === words[offset]) offset++;
    if (offset === words.length) return words;
  }
  return undefined;
}

/**
 * `name`, or, when it is an organisation or a place written right before a person's name, which it qualifies
 * ("l’eurodéputé EELV Yannick Jadot", "la maire de Paris Anne Hidalgo"), the two as one mention of the person:
 * the person is the one who may speak, from where the qualifier starts.
 */
function withQualifiedPerson(
  name: SpeakerMention,
  personAt: ReadonlyMap<number, SpeakerMention>,
  text: string,
): SpeakerMention {
  if (name.entity === null || name.entity.type === "person") return name;
  const person = personAt.get(name.end + 1);
  if (person === undefined || !/^[\s\u00a0]$/.test(text.charAt(name.end))) return name;
  return { ...person, start: name.start, text: text.slice(name.start, person.end) };
}

/**
 * Names, roles ("le ministre russe"), subject pronouns ("il", "she") and demonstratives ("Ce dernier") of one
 * article, in text order. A role followed by a name ("le chef de la diplomatie russe, Sergueï Lavrov") gives
 * that name's entity.
 */
export function findSpeakerMentions(
  text: string,
  tokens: readonly Token[],
  language: string,
  names: NameForms,
): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const name of findNames(text, names))
    found.push({ kind: "name", start: name.start, end: name.end, text: name.text, entity: name.entity, role: null });
  const personAt = new Map(found.filter((name) => name.entity?.type === "person").map((name) => [name.start, name]));
  const mentions: SpeakerMention[] = found.map((name) => withQualifiedPerson(name, personAt, text));
  const { determiners, openings } = speakerWords(language);
  const normals = foldedNormals(tokens);
  const roles = findRoles(tokens, language);
  const positions = roles.length > 0 ? new NamesByPosition(found) : null;
  for (const role of roles) {
    let first = role.first;
    if (first > 0 && determiners.has(normals[first - 1]!)) first--;
    const start = tokens[first]!.start;
    const end = tokens[role.last]!.end;
    if (positions!.overlaps(start, end)) continue;
    const next = positions!.after(text, end);
    const previous = next === undefined ? positions!.before(text, start) : undefined;
    const named = next ?? (previous !== undefined && /,/.test(text.slice(previous.end, start)) ? previous : undefined);
    mentions.push({ kind: "role", start, end, text: text.slice(start, end), entity: named?.entity ?? null, role });
  }
  for (let index = 0; index < tokens.length; index++) {
    const opening = openings.get(normals[index]!);
    if (opening === undefined) continue;
    const token = tokens[index]!;
    const written = token.text.toLowerCase();
    const phrase = demonstrativeAt(opening.demonstratives, normals, index, written);
    if (phrase !== undefined) {
      const end = tokens[index + phrase.length - 1]!.end;
      mentions.push({
        kind: "demonstrative",
        start: token.start,
        end,
        text: text.slice(token.start, end),
        entity: null,
        role: null,
      });
      continue;
    }
    if (opening.pronoun !== null && (opening.pronoun.written === null || opening.pronoun.written === written))
      mentions.push({
        kind: "pronoun",
        start: token.start,
        end: token.end,
        text: token.text,
        entity: null,
        role: null,
      });
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
