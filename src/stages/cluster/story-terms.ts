import type { AnalyzedArticle } from "../../domain/document.js";
import type { Token } from "../../domain/text.js";
import { foldAccents, memoizeWord, tokenize } from "../segment/index.js";
import { isDayOfMonth } from "./day-of-month.js";

/** Prefix of the features that stand for a name-like token (capitalised inside a sentence). */
export const NAME_PREFIX = "@";
/** Prefix of the features that stand for a number of two digits or more. */
export const NUMBER_PREFIX = "#";

export interface StoryTermOptions {
  /** How many times a title token counts. */
  titleWeight: number;
}

const DEFAULT_OPTIONS: StoryTermOptions = { titleWeight: 2 };

/** Receives one occurrence of a feature with its weight. */
export type TermVisitor = (term: string, weight: number) => void;

/** Characters that, followed only by white space, end a sentence or a line before a token. */
const SENTENCE_ENDS = new Set([...'\n.!?:«"“'].map((char) => char.charCodeAt(0)));
/** White space as `\s` matches it. */
const SPACES = new Set(
  [..."\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"].map((char) => char.charCodeAt(0)),
);
for (let code = 0x2000; code <= 0x200a; code++) SPACES.add(code);

/**
 * True when `text` between `from` and `to` ends with a sentence or line end followed only by white
 * space (the test `/[\n.!?:«"“]\s*$/` makes on the slice, without the slice).
 */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    const isSpace = code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && SPACES.has(code));
    if (!isSpace) return SENTENCE_ENDS.has(code);
    if (code === 10) return true;
  }
  return false;
}

/** True when `word` starts with a number character (`/^\p{N}/u`), ASCII decided without the regex. */
function startsWithNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 48 && code <= 57;
  return /^\p{N}/u.test(word);
}

/** Longest letter run taken for a number's suffix when glued to it. */
const MAX_SUFFIX_LENGTH = 3;

/**
 * True when `token` is a few letters glued to the number before it: an ordinal's ending ("2ND",
 * "3rd", "3e", "1er", "2ème", "1º") or a unit ("10km"), which the tokenizer splits off the digits.
 * Such an ending is no word: "rd" of "3RD QTR" or "e" of "3e trimestre" says which one, not what.
 */
function isNumberSuffix(previous: Token | undefined, token: Token): boolean {
  return (
    previous !== undefined &&
    previous.end === token.start &&
    token.text.length <= MAX_SUFFIX_LENGTH &&
    startsWithNumber(previous.normal)
  );
}

/** Distinct words (and capitalised surfaces) remembered before a memo starts afresh. */
const MEMO_CAPACITY = 100_000;

/** The name feature of a word (its accent-folded form, prefixed), made once per distinct word. */
const nameFeature = memoizeWord((normal: string) => NAME_PREFIX + foldAccents(normal), MEMO_CAPACITY);

/** True when a capitalised surface has no lower-case letter ("QTR", "NATO"), decided once per surface. */
const isUpperOnly = memoizeWord((surface: string) => !/\p{Ll}/u.test(surface), MEMO_CAPACITY);

/**
 * True when the sentence of `tokens[from .. to)` is written in capitals: more than half of its words
 * of two characters or more (numbers aside) hold no lower-case letter, as in an all-caps headline or
 * wire line. Its capitals then say nothing about names; an acronym in an ordinary sentence ("NATO
 * said") leaves it ordinary.
 */
function isShouted(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let at = from; at < to; at++) {
    const token = tokens[at]!;
    if (token.text.length < 2 || startsWithNumber(token.normal)) continue;
    words++;
    if (token.capitalized && isUpperOnly(token.text)) upper++;
  }
  return upper >= 2 && upper * 2 > words;
}

/**
 * Visits the features of `tokens`: the stem of each content word, plus a name feature for
 * capitalised words that do not open their sentence (or line) and a number feature for numbers
 * (a date's day aside, see `isDayOfMonth`); the letters glued to a number give none (`isNumberSuffix`).
 * A sentence written in capitals gives no name features: there every word is capitalised.
 */
function visitTokenTerms(
  tokens: readonly Token[],
  text: string,
  language: string,
  weight: number,
  visit: TermVisitor,
): void {
  let previous: Token | undefined;
  let sentenceEnd = 0;
  let shouted = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (at >= sentenceEnd) {
      sentenceEnd = at + 1;
      while (sentenceEnd < tokens.length && tokens[sentenceEnd]!.sentence === token.sentence) sentenceEnd++;
      shouted = isShouted(tokens, at, sentenceEnd);
    }
    const opensSentence =
      previous === undefined || previous.sentence !== token.sentence || endsSentence(text, previous.end, token.start);
    const before = previous;
    previous = token;
    if (isNumberSuffix(before, token)) continue;
    if (startsWithNumber(token.normal)) {
      const digits = token.normal.replace(/\D/g, "");
      if (digits.length >= 2 && !isDayOfMonth(tokens, at, language)) visit(NUMBER_PREFIX + digits, weight);
      continue;
    }
    if (token.isStopword || token.stem.length < 2) continue;
    visit(token.stem, weight);
    if (token.capitalized && !shouted && !opensSentence && token.normal.length >= 2) {
      visit(nameFeature(token.normal), weight);
    }
  }
}

/**
 * Visits every feature occurrence of one article for story clustering, title first (title words
 * weigh `titleWeight`, others 1): what `storyTerms` counts, for a caller that counts them its own way.
 */
export function visitStoryTerms(doc: AnalyzedArticle, options: Partial<StoryTermOptions>, visit: TermVisitor): void {
  const { titleWeight } = { ...DEFAULT_OPTIONS, ...options };
  const { title, language } = doc.article;
  if (title.trim() !== "" && titleWeight > 0)
    visitTokenTerms(tokenize(title, language), title, language, titleWeight, visit);
  visitTokenTerms(doc.segmented.tokens, doc.segmented.text, language, 1, visit);
}

/** Feature counts of one article for story clustering: content stems, names and numbers, title words counted more. */
export function storyTerms(doc: AnalyzedArticle, options: Partial<StoryTermOptions> = {}): Map<string, number> {
  const counts = new Map<string, number>();
  visitStoryTerms(doc, options, (term, weight) => counts.set(term, (counts.get(term) ?? 0) + weight));
  return counts;
}
