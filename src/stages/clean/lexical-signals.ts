import type { Span } from "../../domain/span.js";
import type { SegmentedText } from "../../domain/text.js";
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
import { createVocabulary, type LexicalWords, lexicalWords, type Vocabulary } from "./lexical-words.js";
import { isInsideAny, quotedSpans } from "./quoted-spans.js";
import type { WeightedSignal } from "./translation-signal.js";
import { wordSpans } from "./word-spans.js";
import { createWordTriggers, mayFireWordRules, type WordTriggers } from "./word-triggers.js";

const ENGLISH_WORDS = new Set(ENGLISH_LEFTOVER_WORDS);
const ENGLISH_PAIRS = new Set(ENGLISH_LEFTOVER_PAIRS);
/** First words of the pairs: a word that is neither in ENGLISH_WORDS nor here starts no leftover. */
const ENGLISH_PAIR_STARTS = new Set(ENGLISH_LEFTOVER_PAIRS.map((pair) => pair.split(" ")[0]!));

/** Per language, the calques as word keys, indexed by their first word. */
type CalqueIndex = Map<string, Array<{ order: number; keys: string[] }>>;

/** What the rules know of one language: its word lists as sets, its calques, every key they compare with. */
interface LanguageRules {
  introducers: ReadonlySet<string>;
  indefinite: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  calques: CalqueIndex;
  vocabulary: Vocabulary;
  /** The word sequences the word rules start from (English words and pairs, double articles, calques). */
  triggers: WordTriggers;
}

const languageRules = new Map<SupportedLanguage, LanguageRules>();

function rulesOf(language: SupportedLanguage): LanguageRules {
  let rules = languageRules.get(language);
  if (rules === undefined) {
    const articles = ARTICLES[language];
    const calques: CalqueIndex = new Map();
    for (const [order, calque] of (CALQUES[language] ?? []).entries()) {
      const keys = wordSpans(calque).map((word) => word.key);
      if (keys.length === 0) continue;
      const list = calques.get(keys[0]!) ?? [];
      list.push({ order, keys });
      calques.set(keys[0]!, list);
    }
    const introducers = new Set(NOUN_INTRODUCERS[language] ?? []);
    const indefinite = new Set(articles?.indefinite ?? []);
    const definite = new Set(articles?.definite ?? []);
    const vocabulary = createVocabulary([
      ...ENGLISH_WORDS,
      ...ENGLISH_LEFTOVER_PAIRS.flatMap((pair) => pair.split(" ")),
      ...introducers,
      ...indefinite,
      ...definite,
      ...[...calques.values()].flatMap((list) => list.flatMap(({ keys }) => keys)),
    ]);
    const triggers = createWordTriggers([
      ...[...ENGLISH_WORDS].map((word) => [word]),
      ...ENGLISH_LEFTOVER_PAIRS.map((pair) => pair.split(" ")),
      ...[...indefinite].flatMap((first) => [...definite].map((second) => [first, second])),
      ...[...calques.values()].flatMap((list) => list.map(({ keys }) => keys)),
    ]);
    rules = { introducers, indefinite, definite, calques, vocabulary, triggers };
    languageRules.set(language, rules);
  }
  return rules;
}

interface Context {
  text: string;
  language: SupportedLanguage;
  rules: LanguageRules;
  /** The text's words, keyed when in `rules.vocabulary` (every key the rules compare with is). */
  words: LexicalWords;
  /** `quotedSpans(text)`. */
  quoted: readonly Span[];
}

const surface = (context: Context, word: number): string =>
  context.text.slice(context.words.starts[word], context.words.ends[word]);
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
function adjacent(context: Context, left: number, right: number): boolean {
  const { starts, ends } = context.words;
  return /^ +$/.test(context.text.slice(ends[left], starts[right]));
}

/**
 * English words and word pairs left in a text of another language, outside quotations: "mais stress
 * que", "the capital of the country". A borrowed noun after a determiner or preposition ("le stress")
 * is normal and skipped, and so is a pair inside a capitalised title ("House of the Dragon").
 */
function englishLeftovers(context: Context): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  const { introducers } = context.rules;
  const { starts, ends, keys } = context.words;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!ENGLISH_WORDS.has(key) && !ENGLISH_PAIR_STARTS.has(key)) continue;
    if (!isLower(surface(context, i)) || isInsideAny(context.quoted, starts[i]!)) continue;
    const hasPrevious = i > 0;
    const hasNext = i + 1 < keys.length;
    const afterIntroducer = hasPrevious && adjacent(context, i - 1, i) && introducers.has(keys[i - 1]!);
    if (ENGLISH_WORDS.has(key) && !afterIntroducer) {
      found.push(signal(context, starts[i]!, ends[i]!, "untranslated-fragment", "english-word"));
      continue;
    }
    if (!hasNext || !adjacent(context, i, i + 1) || !isLower(surface(context, i + 1))) continue;
    if (!ENGLISH_PAIRS.has(`${key} ${keys[i + 1]}`)) continue;
    const titleCase = hasPrevious && isCapitalised(surface(context, i - 1));
    if (!titleCase) found.push(signal(context, starts[i]!, ends[i + 1]!, "untranslated-fragment", "english-pair"));
  }
  return found;
}

/**
 * Two articles in a row, an indefinite then a capitalised definite one: "UNE La BBC a fait …" (the
 * English "A" of a list item rendered as an article). Grammatical text never has it.
 */
function doubleArticles(context: Context): WeightedSignal[] {
  if (ARTICLES[context.language] === undefined) return [];
  const { indefinite, definite } = context.rules;
  const found: WeightedSignal[] = [];
  const { starts, ends, keys } = context.words;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (!indefinite.has(keys[i]!) || !definite.has(keys[i + 1]!) || !adjacent(context, i, i + 1)) continue;
    if (!isCapitalised(surface(context, i)) || !isCapitalised(surface(context, i + 1))) continue;
    found.push(signal(context, starts[i]!, ends[i + 1]!, "untranslated-fragment", "double-article"));
  }
  return found;
}

/** Names translated word for word ("Poste de Washington" for The Washington Post). */
function calques(context: Context): WeightedSignal[] {
  const index = context.rules.calques;
  const { starts, ends, keys: words } = context.words;
  const matches: Array<{ order: number; from: number; to: number }> = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]!);
    if (candidates === undefined) continue;
    for (const { order, keys } of candidates) {
      if (i + keys.length > words.length || !keys.every((key, j) => words[i + j] === key)) continue;
      matches.push({ order, from: i, to: i + keys.length - 1 });
    }
  }
  // In the order of the calque list, then of the text.
  matches.sort((a, b) => a.order - b.order || a.from - b.from);
  return matches.map(({ from, to }) => signal(context, starts[from]!, ends[to]!, "calque", "calque"));
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

const NO_WORDS: LexicalWords = { starts: [], ends: [], keys: [] };

/**
 * Word-level evidence of machine translation in a text written in `language`: only for the
 * languages recoupe knows, English excepted (its own words are no evidence there). `quoted` is
 * `quotedSpans(text)` and `segmented` is `segmentText(text, language)` when the caller has them: with
 * the tokens, texts none of whose words the word rules look for are not read word by word.
 */
export function findLexicalSignals(
  text: string,
  language: string,
  quoted?: readonly Span[],
  segmented?: SegmentedText,
): WeightedSignal[] {
  if (!isSupportedLanguage(language) || language === "en") return [];
  const rules = rulesOf(language);
  const wordRules = segmented === undefined || mayFireWordRules(text, segmented.tokens, rules.triggers);
  const words = wordRules ? lexicalWords(text, rules.vocabulary) : NO_WORDS;
  const context: Context = { text, language, rules, words, quoted: quoted ?? quotedSpans(text) };
  return [
    ...englishLeftovers(context),
    ...doubleArticles(context),
    ...calques(context),
    ...infinitiveReportingClauses(context),
  ];
}
