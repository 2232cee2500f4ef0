import type { Token } from "../../../domain/text.js";
import type { NumberLexicon } from "./number-lexicon.js";

export interface NumberWordsReading {
  value: number;
  /** Index of the last token read. */
  last: number;
  /** True when the only word read is an article ("une", "a"): a number only before a unit. */
  articleOnly: boolean;
}

/**
 * Reads a number written in words from `tokens[first]`: units and tens add up ("vingt deux", "twenty
 * two"), "cent"/"hundred" multiply what precedes them, "mille"/"million" close a group, French
 * "quatre-vingts" multiplies. Joiners ("et", "and", "y") are crossed only when a number word follows.
 */
export function readNumberWords(
  tokens: readonly Token[],
  first: number,
  lexicon: NumberLexicon,
): NumberWordsReading | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let count = 0;
  let articleOnly = true;
  let tensAndOne = false;
  for (let index = first; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (count > 0 && lexicon.joiners.has(token.normal)) {
      const next = tokens[index + 1];
      if (next !== undefined) {
        const nextValue = lexicon.value(next.normal);
        const nextArticle = lexicon.articles.has(next.normal);
        // "vingt et un", "treinta y una", "vinte e um"; not "twenty and a half" (English writes "twenty-one").
        tensAndOne =
          nextArticle &&
          nextValue === 1 &&
          lexicon.language !== "en" &&
          current >= 20 &&
          current < 100 &&
          current % 10 === 0;
        if (nextValue !== undefined && (!nextArticle || tensAndOne) && nextValue < 100) continue;
      }
      break;
    }
    const value = lexicon.value(token.normal);
    if (value === undefined || (count > 0 && token.start - tokens[index - 1]!.end > 2)) break;
    const article = lexicon.articles.has(token.normal);
    if (count > 0 && article && value === 1 && !tensAndOne) break;
    tensAndOne = false;
    const afterArticle = count === 1 && articleOnly;
    if (!article) articleOnly = false;
    if (value >= 1000) {
      total += (current === 0 ? 1 : current) * value;
      current = 0;
    } else if (value === 100) {
      current = (current === 0 ? 1 : current) * 100;
    } else if (lexicon.language === "fr" && value === 20 && current > 0 && current < 10) {
      current *= 20;
    } else if (afterArticle && !article) {
      // "an eight-year offer", "a three-month stay": the article only determines the number after it.
      current = value;
    } else {
      current += value;
    }
    last = index;
    count++;
  }
  if (count === 0) return null;
  return { value: total + current, last, articleOnly };
}
