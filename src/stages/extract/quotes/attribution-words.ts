import { CONJUNCTIONS } from "../../../language-data/conjunctions.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { AGENT_PREPOSITIONS, CLAUSE_OPENING_WORDS, NON_SUBJECT_WORDS } from "../../../language-data/prepositions.js";
import { ROLE_DETERMINERS } from "../../../language-data/pronouns.js";
import { REPORTING_VERBS } from "../../../language-data/reporting-verbs.js";
import { SOURCE_PREPOSITIONS } from "../../../language-data/source-prepositions.js";
import { foldAccents } from "../../segment/index.js";

/** Words of one language that attribution looks for, folded. */
export interface AttributionWords {
  verbs: Set<string>;
  /** "selon", "according to": folded, apostrophes straight. */
  sources: string[];
  /** Length of the longest source phrase. */
  longestSource: number;
  nonSubject: Set<string>;
  /** The words of `nonSubject` that open a clause ("que", "and"), folded. */
  clauseOpening: Set<string>;
  /** Articles and determiners ("l’", "le", "the"), folded, apostrophes dropped as token normals drop them. */
  determiners: Set<string>;
  /** Prepositions naming a passive verb's agent ("par", "by"), folded. */
  agents: Set<string>;
  /** What may stand between quotes that share one cue: '« A », « B » et « C », a-t-il dit'. */
  chained: RegExp;
  /** ", but" / ", and" opening a clause that shares the subject of the one before it. */
  coordinated: RegExp;
}

/** English speech verbs whose object, right after them, is the one spoken to ("her rep told People", "tells Reuters"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(["told", "tells", "tell", "telling"]);

const wordsByLanguage = new Map<string, AttributionWords>();
export function attributionWords(language: string): AttributionWords {
  let words = wordsByLanguage.get(language);
  if (words === undefined) {
    const lang = language as SupportedLanguage;
    // Like the verbs, English's for text of no known language.
    const conjunctions = CONJUNCTIONS[lang] ?? CONJUNCTIONS.en!;
    const sources = (SOURCE_PREPOSITIONS[lang] ?? []).map((phrase) =>
      foldAccents(phrase.toLowerCase()).replace(/’/g, "'"),
    );
    words = {
      verbs: new Set((REPORTING_VERBS[lang] ?? REPORTING_VERBS.en).map(foldAccents)),
      sources,
      longestSource: Math.max(0, ...sources.map((phrase) => phrase.length)),
      nonSubject: new Set((NON_SUBJECT_WORDS[lang] ?? []).map(foldAccents)),
      clauseOpening: new Set((CLAUSE_OPENING_WORDS[lang] ?? []).map(foldAccents)),
      agents: new Set((AGENT_PREPOSITIONS[lang] ?? []).map(foldAccents)),
      determiners: new Set((ROLE_DETERMINERS[lang] ?? []).map((word) => foldAccents(word).replace(/['’]$/, ""))),
      chained: new RegExp(
        `^[\\s,;]*(?:(?:${[...conjunctions.and, ...conjunctions.or].join("|")})[\\s\\u00a0]+)?$`,
        "u",
      ),
      coordinated: new RegExp(
        `(?:,|^)[\\s\\u00a0]*(?:${[...conjunctions.but, ...conjunctions.and].join("|")})[\\s\\u00a0]`,
        "u",
      ),
    };
    wordsByLanguage.set(language, words);
  }
  return words;
}

/** What a character folds to when it folds alone to plain ASCII and is no combining mark; null otherwise. */
const COMBINING_MARK = /\p{M}/u;
const plainFolds = new Map<number, string | null>();

function plainFold(code: number): string | null {
  if (code < 128) return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  let folded = plainFolds.get(code);
  if (folded === undefined) {
    folded = null;
    const character = String.fromCharCode(code);
    if ((code < 0xd800 || code > 0xdfff) && !COMBINING_MARK.test(character)) {
      const alone = foldAccents(character);
      const ascii = alone.length > 0 && [...alone].every((letter) => letter.charCodeAt(0) < 128);
      if (ascii) folded = alone;
    }
    plainFolds.set(code, folded);
  }
  return folded;
}

/**
 * Whether the text up to `end` ends with a source preposition ("selon", "d’après"), read as the thirty characters
 * before `end`, folded. The characters ending the text that fold alone to plain ASCII (most of them) fold so in
 * any text: when they already rule every phrase out, nothing else is folded.
 */
export function endsWithSource(text: string, end: number, words: AttributionWords): boolean {
  const from = Math.max(0, end - 30);
  let tail = "";
  for (let position = end; tail.length < words.longestSource && position > from; position--) {
    const folded = plainFold(text.charCodeAt(position - 1));
    if (folded === null) break;
    tail = folded + tail;
  }
  const ruledOut = words.sources.every((phrase) =>
    phrase.length <= tail.length ? !tail.endsWith(phrase) : !phrase.endsWith(tail),
  );
  if (ruledOut) return false;
  const written = foldAccents(text.slice(from, end).toLowerCase()).replace(/’/g, "'");
  return words.sources.some((phrase) => written.endsWith(phrase));
}

/**
 * Whether the word before token offset `start` (articles and determiners skipped, none before `floor`) is one a
 * subject never follows ("à", "de", "with"): "a reproché à l’OTAN", "a déclaré à l’AFP" name who is spoken to.
 * With `agentsSpeak`, a passive verb's agent is no such word ("promis par Emmanuel Macron").
 */
export function followsNonSubjectWord(
  context: WordContext,
  words: AttributionWords,
  start: number,
  floor: number,
  agentsSpeak = false,
): boolean {
  const word = nonSubjectWordBefore(context, words, start, floor);
  return word !== null && !(agentsSpeak && words.agents.has(word));
}

/** Whether the name at `start` follows a preposition ("in an interview with CNN"), not a word opening a clause. */
export function followsPreposition(
  context: WordContext,
  words: AttributionWords,
  start: number,
  floor: number,
): boolean {
  const word = nonSubjectWordBefore(context, words, start, floor);
  return word !== null && !words.clauseOpening.has(word);
}

export interface WordContext {
  tokens: readonly { end: number }[];
  normals: readonly string[];
  index: { lastTokenEndingBy(offset: number): number };
}

/** The word of `words.nonSubject` right before `start` (articles skipped, nothing before `floor`), or null. */
function nonSubjectWordBefore(
  context: WordContext,
  words: AttributionWords,
  start: number,
  floor: number,
): string | null {
  const { tokens, normals, index } = context;
  let previous = index.lastTokenEndingBy(start);
  // Articles are skipped, not contractions that are prepositions too ("du", "al", "da").
  const skipped = (word: string): boolean => words.determiners.has(word) && !words.nonSubject.has(word);
  while (previous >= 0 && tokens[previous]!.end > floor && skipped(normals[previous]!)) previous--;
  if (previous < 0 || tokens[previous]!.end <= floor) return null;
  const word = normals[previous]!;
  return words.nonSubject.has(word) ? word : null;
}

/** A name followed by "'s" or "’" (possessive), not by more letters. */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;

/** "Trump’s campaign": a name owning something is not the subject. */
export function isPossessive(text: string, mention: { end: number; text: string }): boolean {
  return POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)) || /['’]s$/.test(mention.text);
}

/** A person named by name (not a role, a pronoun or a phrase), not owning something: who may say a quote. */
export function isPersonName(
  text: string,
  mention: { kind: string; end: number; text: string; entity: { type: string } | null },
): boolean {
  return mention.kind === "name" && mention.entity?.type === "person" && !isPossessive(text, mention);
}
