import type { ArticleId } from "./ids.js";

/** Half-open character range `[start, end)` into one article's cleaned `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named article: how every extracted item points back to its source, verbatim. */
export interface Evidence extends Span {
  articleId: ArticleId;
}
