import type { ArticleIndex } from "./article-index.js";

/** Words between two offsets; infinite when a semicolon, a parenthesis or a quotation mark separates them. */
export function wordDistance(context: { text: string; index: ArticleIndex }, from: number, to: number): number {
  if (/[;()«»“”]/.test(context.text.slice(from, to))) return Number.POSITIVE_INFINITY;
  return context.index.tokensWithin(from, to).length;
}
