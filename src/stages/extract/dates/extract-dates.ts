import type { AnalyzedArticle } from "../../../domain/document.js";
import { parseIsoDate } from "./calendar-arithmetic.js";
import type { DateMention, DateReference } from "./date-mention.js";
import { pageStampOf } from "./page-stamp.js";
import { readDateExpressions } from "./read-date-expressions.js";
import { resolveDateExpression } from "./resolve-date-expression.js";

/**
 * Every date expression of one article, resolved against its publication date (`reference`). Expressions
 * that need a reference the article lacks (a weekday in an undated article) are left out; with a month-only
 * reference they resolve to that month with `inferred` set. So are the page's own stamps, full dates that say when
 * it was published or updated ("Publié le 02 février 2013 à 11h05", `pageStampOf`), not when anything happened.
 */
export function extractDates(doc: AnalyzedArticle, reference: DateReference): DateMention[] {
  const { segmented, article } = doc;
  const parsed = parseIsoDate(reference.date);
  const mentions: DateMention[] = [];
  for (const { expression, sentence: index, tense } of readDateExpressions(segmented)) {
    if (
      expression.kind === "absolute" &&
      expression.year !== undefined &&
      pageStampOf(segmented.text, expression.start, expression.end) !== null
    )
      continue;
    const resolved = resolveDateExpression(expression, parsed, tense);
    if (resolved === null) continue;
    const relative = expression.kind !== "absolute" || expression.year === undefined;
    const mention: DateMention = {
      articleId: article.id,
      start: expression.start,
      end: expression.end,
      expression: segmented.text.slice(expression.start, expression.end),
      kind: expression.kind,
      date: resolved.date,
      precision: resolved.precision,
      inferred: resolved.vague || (relative && reference.inferred),
      tense,
      sentence: index,
    };
    if (resolved.until !== undefined) mention.until = resolved.until;
    mentions.push(mention);
  }
  return mentions;
}
