import type { ArticleId } from "./ids.js";
import type { Evidence } from "./span.js";

/** Where the sentences of a story's statements lie (see `statementSpans`). */
export interface StatementSpans {
  /** The statements, in the order given, one of whose spans in `articleId` overlaps `start..end`. */
  within(articleId: ArticleId, start: number, end: number): number[];
}

/**
 * The spans of `statements` (groups of sentences, as evidence, known to say the same thing whatever their words: the
 * story's facts, aligned across languages), looked up by article: which statement a sentence belongs to.
 */
export function statementSpans(statements: readonly (readonly Evidence[])[]): StatementSpans {
  const byArticle = new Map<ArticleId, { start: number; end: number; statement: number }[]>();
  statements.forEach((evidence, statement) => {
    for (const span of evidence) {
      const list = byArticle.get(span.articleId);
      if (list === undefined) byArticle.set(span.articleId, [{ start: span.start, end: span.end, statement }]);
      else list.push({ start: span.start, end: span.end, statement });
    }
  });
  return {
    within(articleId, start, end) {
      const found: number[] = [];
      for (const span of byArticle.get(articleId) ?? [])
        if (span.start < end && span.end > start) found.push(span.statement);
      return found;
    },
  };
}
