import type { Span } from "../domain/span.js";
import { foldAccents, tokenize } from "../stages/segment/index.js";
import type { SearchTerm } from "./search-terms.js";

export interface Snippet {
  /** Verbatim excerpt, line breaks shown as spaces, "…" where the text was cut. */
  snippet: string;
  /** The matched words, as ranges into `snippet`. */
  highlights: Span[];
}

const ELLIPSIS = "…";

/**
 * An excerpt of about `width` characters of `text` around its first word matching one of the
 * search terms (same folded word, or same stem in the article's language), with every match in
 * it marked. Without a match in the text (the title matched), the excerpt is the text's start.
 */
export function buildSnippet(text: string, language: string, terms: readonly SearchTerm[], width = 200): Snippet {
  const words = new Set(terms.map((term) => term.word));
  const stems = new Set(terms.flatMap((term) => term.stems));
  const matches = tokenize(text, language).filter((token) => {
    if (stems.has(token.stem)) return true;
    return foldAccents(token.normal)
      .split("'")
      .some((part) => words.has(part));
  });
  const first = matches[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.slice(start, first).search(/\s/);
    start = space === -1 ? first : start + space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const lastSpace = text.slice(start, end).search(/\s\S*$/);
    if (lastSpace > first - start) end = start + lastSpace;
  }
  const prefix = start > 0 ? ELLIPSIS : "";
  const body = text.slice(start, end).replace(/[\r\n\t]/g, " ");
  const highlights = matches
    .filter((token) => token.start >= start && token.end <= end)
    .map((token) => ({ start: token.start - start + prefix.length, end: token.end - start + prefix.length }));
  return { snippet: prefix + body + (end < text.length ? ELLIPSIS : ""), highlights };
}
