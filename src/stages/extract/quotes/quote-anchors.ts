import type { ArticleId } from "../../../domain/ids.js";
import type { DateMention, DateReference } from "../dates/index.js";
import type { Quantity } from "../numbers/index.js";

/**
 * A value written the same way in any language once normalised: a resolved date ("next week", "nächste Woche", "la
 * próxima semana": the week of 2022-01-24) or a number with its unit ("3.000 soldados", "3,000 troops"). A quote that
 * holds one can be told from the speaker's other quotes across languages, where its words cannot be compared.
 */
export interface QuoteAnchor {
  articleId: ArticleId;
  /** Offsets of the value in `article.text`. */
  start: number;
  end: number;
  /** "date:2022-01-24/2022-01-30", "number:3000": equal for equal values, whatever the language. */
  key: string;
}

/** Counts up to this ("two sides", "deux fois") are said of many things: no anchor. */
const SMALL_COUNT = 10;

/**
 * The anchors of a story's quotes among its dates and numbers: dates resolved to a day (or a week), not the day the
 * article speaks from (`references`: "today", "aujourd'hui" are said of every statement of the day), and precise
 * numbers that are not small counts nor years.
 */
export function quoteAnchors(
  dates: readonly DateMention[],
  quantities: readonly Quantity[],
  references: ReadonlyMap<ArticleId, DateReference>,
): QuoteAnchor[] {
  const anchors: QuoteAnchor[] = [];
  for (const mention of dates) {
    if (mention.precision !== "day" || mention.date === references.get(mention.articleId)?.date?.slice(0, 10)) continue;
    const key = `date:${mention.date}${mention.until === undefined ? "" : `/${mention.until}`}`;
    anchors.push({ articleId: mention.articleId, start: mention.start, end: mention.end, key });
  }
  for (const quantity of quantities) {
    if (quantity.vague || quantity.kind === "date") continue;
    if (quantity.kind === "count" && quantity.value <= SMALL_COUNT) continue;
    anchors.push({
      articleId: quantity.articleId,
      start: quantity.start,
      end: quantity.end,
      key: `number:${quantity.normalized}`,
    });
  }
  return anchors;
}
