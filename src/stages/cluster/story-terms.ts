import type { AnalyzedArticle } from "../../domain/document.js";
import type { Token } from "../../domain/text.js";
import { foldAccents, tokenize } from "../segment/index.js";

/** Prefix of the features that stand for a name-like token (capitalised inside a sentence). */
export const NAME_PREFIX = "@";
/** Prefix of the features that stand for a number of two digits or more. */
export const NUMBER_PREFIX = "#";

export interface StoryTermOptions {
  /** How many times a title token counts. */
  titleWeight: number;
}

const DEFAULT_OPTIONS: StoryTermOptions = { titleWeight: 2 };

function addCount(counts: Map<string, number>, term: string, count: number): void {
  counts.set(term, (counts.get(term) ?? 0) + count);
}

/**
 * Adds the features of `tokens`: the stem of each content word, plus a name feature for capitalised
 * words that do not open their sentence (or line) and a number feature for numbers.
 */
function addTokenTerms(counts: Map<string, number>, tokens: readonly Token[], text: string, weight: number): void {
  let previous: Token | undefined;
  for (const token of tokens) {
    const opensSentence =
      previous === undefined ||
      previous.sentence !== token.sentence ||
      /[\n.!?:«"“]\s*$/.test(text.slice(previous.end, token.start));
    previous = token;
    if (/^\p{N}/u.test(token.normal)) {
      const digits = token.normal.replace(/\D/g, "");
      if (digits.length >= 2) addCount(counts, NUMBER_PREFIX + digits, weight);
      continue;
    }
    if (token.isStopword || token.stem.length < 2) continue;
    addCount(counts, token.stem, weight);
    if (token.capitalized && !opensSentence && token.normal.length >= 2) {
      addCount(counts, NAME_PREFIX + foldAccents(token.normal), weight);
    }
  }
}

/** Feature counts of one article for story clustering: content stems, names and numbers, title words counted more. */
export function storyTerms(doc: AnalyzedArticle, options: Partial<StoryTermOptions> = {}): Map<string, number> {
  const { titleWeight } = { ...DEFAULT_OPTIONS, ...options };
  const counts = new Map<string, number>();
  const { title, language } = doc.article;
  if (title.trim() !== "" && titleWeight > 0) addTokenTerms(counts, tokenize(title, language), title, titleWeight);
  addTokenTerms(counts, doc.segmented.tokens, doc.segmented.text, 1);
  return counts;
}
