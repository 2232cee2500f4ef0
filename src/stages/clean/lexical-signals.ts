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

interface Context {
  text: string;
  language: SupportedLanguage;
  words: WordSpan[];
  quoted: ReturnType<typeof quotedSpans>;
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

/** Names translated word for word ("Poste de Washington" for The Washington Post). */
function calques(context: Context): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  const { words } = context;
  for (const calque of CALQUES[context.language] ?? []) {
    const calqueWords = wordSpans(calque).map((word) => word.key);
    for (let i = 0; i + calqueWords.length <= words.length; i++) {
      if (!calqueWords.every((key, j) => words[i + j]!.key === key)) continue;
      found.push(signal(context, words[i]!.start, words[i + calqueWords.length - 1]!.end, "calque", "calque"));
    }
  }
  return found;
}

/**
 * A reporting clause with an infinitive after a comma, before a quotation that ends the sentence:
 * "…, écrire « gardien »." A human writer conjugates it (", écrit le Guardian").
 */
function infinitiveReportingClauses(context: Context): WeightedSignal[] {
  const verbs = REPORTING_INFINITIVES[context.language];
  if (verbs === undefined) return [];
  const pattern = new RegExp(`, (${verbs.join("|")}) [«“"][^»”"\\n]{1,60}[»”"] ?[.;]`, "giu");
  return [...context.text.matchAll(pattern)].map((match) =>
    signal(context, match.index + 2, match.index + match[0].length, "broken-idiom", "infinitive-reporting"),
  );
}

/**
 * Word-level evidence of machine translation in a text written in `language`: only for the
 * languages recoupe knows, English excepted (its own words are no evidence there).
 */
export function findLexicalSignals(text: string, language: string): WeightedSignal[] {
  if (!isSupportedLanguage(language) || language === "en") return [];
  const context: Context = { text, language, words: wordSpans(text), quoted: quotedSpans(text) };
  return [
    ...englishLeftovers(context),
    ...doubleArticles(context),
    ...calques(context),
    ...infinitiveReportingClauses(context),
  ];
}
