import type { Span } from "../../domain/span.js";
import { isSupportedLanguage, type SupportedLanguage } from "../../language-data/languages.js";
import { CALQUES } from "../../language-data/translation-calques.js";
import {
  ARTICLES,
  ENGLISH_LEFTOVER_PAIRS,
  ENGLISH_LEFTOVER_WORDS,
  NOUN_INTRODUCERS,
  REPORTING_INFINITIVES,
} from "../../language-data/translation-cues.js";
import { excerptAround } from "./excerpt.js";
import { isInsideAny, quotedSpans } from "./quoted-spans.js";
import type { WeightedSignal } from "./translation-signal.js";
import { type WordSpan, wordSpans } from "./word-spans.js";

const ENGLISH_WORDS = new Set(ENGLISH_LEFTOVER_WORDS);
const ENGLISH_PAIRS = new Set(ENGLISH_LEFTOVER_PAIRS);
/** First words of the pairs: a word that is neither in ENGLISH_WORDS nor here starts no leftover. */
const ENGLISH_PAIR_STARTS = new Set(ENGLISH_LEFTOVER_PAIRS.map((pair) => pair.split(" ")[0]!));

interface Context {
  text: string;
  language: SupportedLanguage;
  words: WordSpan[];
  /** `quotedSpans(text)`. */
  quoted: readonly Span[];
}

const surface = (context: Context, word: WordSpan): string => context.text.slice(word.start, word.end);
const isLower = (value: string): boolean => /^\p{Ll}+$/u.test(value);
const isCapitalised = (value: string): boolean => /^\p{Lu}/u.test(value);

function signal(
  context: Context,
  from: number,
  to: number,
  kind: WeightedSignal["signal"]["kind"],
  rule: string,
): WeightedSignal {
  return { signal: { kind, excerpt: excerptAround(context.text, from, to) }, rule, weight: 2, at: from };
}

/** Two words are adjacent when only spaces separate them (no punctuation, no line break). */
function adjacent(context: Context, left: WordSpan, right: WordSpan): boolean {
  return /^ +$/.test(context.text.slice(left.end, right.start));
}

/**
 * English words and word pairs left in a text of another language, outside quotations: "mais stress
 * que", "the capital of the country". A borrowed noun after a determiner or preposition ("le stress")
 * is normal and skipped, and so is a pair inside a capitalised title ("House of the Dragon").
 */
function englishLeftovers(context: Context): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  const introducers = new Set(NOUN_INTRODUCERS[context.language] ?? []);
  const { words } = context;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!ENGLISH_WORDS.has(word.key) && !ENGLISH_PAIR_STARTS.has(word.key)) continue;
    if (!isLower(surface(context, word)) || isInsideAny(context.quoted, word.start)) continue;
    const previous = words[i - 1];
    const next = words[i + 1];
    const afterIntroducer =
      previous !== undefined && adjacent(context, previous, word) && introducers.has(previous.key);
    if (ENGLISH_WORDS.has(word.key) && !afterIntroducer) {
      found.push(signal(context, word.start, word.end, "untranslated-fragment", "english-word"));
      continue;
    }
    if (next === undefined || !adjacent(context, word, next) || !isLower(surface(context, next))) continue;
    if (!ENGLISH_PAIRS.has(`${word.key} ${next.key}`)) continue;
    const titleCase = previous !== undefined && isCapitalised(surface(context, previous));
    if (!titleCase) found.push(signal(context, word.start, next.end, "untranslated-fragment", "english-pair"));
  }
  return found;
}

/**
 * Two articles in a row, an indefinite then a capitalised definite one: "UNE La BBC a fait …" (the
 * English "A" of a list item rendered as an article). Grammatical text never has it.
 */
function doubleArticles(context: Context): WeightedSignal[] {
  const articles = ARTICLES[context.language];
  if (articles === undefined) return [];
  const indefinite = new Set(articles.indefinite);
  const definite = new Set(articles.definite);
  const found: WeightedSignal[] = [];
  const { words } = context;
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const second = words[i + 1]!;
    if (!indefinite.has(first.key) || !definite.has(second.key) || !adjacent(context, first, second)) continue;
    if (!isCapitalised(surface(context, first)) || !isCapitalised(surface(context, second))) continue;
    found.push(signal(context, first.start, second.end, "untranslated-fragment", "double-article"));
  }
  return found;
}

/** Per language, the calques as word keys, indexed by their first word. */
const calqueIndexes = new Map<SupportedLanguage, Map<string, Array<{ order: number; keys: string[] }>>>();

function calqueIndex(language: SupportedLanguage): Map<string, Array<{ order: number; keys: string[] }>> {
  let index = calqueIndexes.get(language);
  if (index === undefined) {
    index = new Map();
    for (const [order, calque] of (CALQUES[language] ?? []).entries()) {
      const keys = wordSpans(calque).map((word) => word.key);
      if (keys.length === 0) continue;
      const list = index.get(keys[0]!) ?? [];
      list.push({ order, keys });
      index.set(keys[0]!, list);
    }
    calqueIndexes.set(language, index);
  }
  return index;
}

/** Names translated word for word ("Poste de Washington" for The Washington Post). */
function calques(context: Context): WeightedSignal[] {
  const index = calqueIndex(context.language);
  const { words } = context;
  const matches: Array<{ order: number; from: number; to: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]!.key);
    if (candidates === undefined) continue;
    for (const { order, keys } of candidates) {
      if (i + keys.length > words.length || !keys.every((key, j) => words[i + j]!.key === key)) continue;
      matches.push({ order, from: i, to: i + keys.length - 1 });
    }
  }
  // In the order of the calque list, then of the text.
  matches.sort((a, b) => a.order - b.order || a.from - b.from);
  return matches.map(({ from, to }) => signal(context, words[from]!.start, words[to]!.end, "calque", "calque"));
}

const reportingPatterns = new Map<SupportedLanguage, RegExp | null>();

function reportingPattern(language: SupportedLanguage): RegExp | null {
  let pattern = reportingPatterns.get(language);
  if (pattern === undefined) {
    const verbs = REPORTING_INFINITIVES[language];
    pattern = verbs === undefined ? null : new RegExp(`, (${verbs.join("|")}) [«“"][^»”"\\n]{1,60}[»”"] ?[.;]`, "giu");
    reportingPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * A reporting clause with an infinitive after a comma, before a quotation that ends the sentence:
 * "…, écrire « gardien »." A human writer conjugates it (", écrit le Guardian").
 */
function infinitiveReportingClauses(context: Context): WeightedSignal[] {
  const pattern = reportingPattern(context.language);
  if (pattern === null) return [];
  // matchAll works on a copy of the pattern: the shared one keeps its lastIndex at 0.
  return [...context.text.matchAll(pattern)].map((match) =>
    signal(context, match.index + 2, match.index + match[0].length, "broken-idiom", "infinitive-reporting"),
  );
}

/**
 * Word-level evidence of machine translation in a text written in `language`: only for the
 * languages recoupe knows, English excepted (its own words are no evidence there).
 */
export function findLexicalSignals(text: string, language: string, quoted?: readonly Span[]): WeightedSignal[] {
  if (!isSupportedLanguage(language) || language === "en") return [];
  const context: Context = { text, language, words: wordSpans(text), quoted: quoted ?? quotedSpans(text) };
  return [
    ...englishLeftovers(context),
    ...doubleArticles(context),
    ...calques(context),
    ...infinitiveReportingClauses(context),
  ];
}
