import type { ArticleId } from "../../../domain/ids.js";
import type { DatePrecision } from "../../../domain/story.js";

/** The date an article's relative expressions are resolved against: its publication date. */
export interface DateReference {
  /** YYYY, YYYY-MM, YYYY-MM-DD or a full date-time; null when unknown. */
  date: string | null;
  /** True when the date was inferred rather than given by the input. */
  inferred: boolean;
}

/** What kind of expression a date was read from. */
export type DateExpressionKind = "absolute" | "weekday" | "relative-day" | "relative-period" | "offset";

/** One date expression found in an article, resolved to a calendar date. */
export interface DateMention {
  articleId: ArticleId;
  /** Offsets of the expression in `article.text`. */
  start: number;
  end: number;
  /** The expression as written ("ce vendredi", "21 janvier 2022", "la semaine prochaine"). */
  expression: string;
  kind: DateExpressionKind;
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on `precision`. */
  date: string;
  precision: DatePrecision;
  /**
   * Week expressions ("la semaine prochaine", "last week") resolve to the Monday of that ISO week with
   * precision "day" and `until` set to its Sunday; nothing else has `until`.
   */
  until?: string;
  /** True when resolved from an inferred or coarser publication date, or from a vague expression (weeks). */
  inferred: boolean;
  /** The tense read around the expression, which decided past or future for weekdays and bare months. */
  tense: Tense;
  /** 0-based index of the sentence holding it (−1 outside every sentence). */
  sentence: number;
}

/**
 * The time of a clause: "later" is a future that excludes the day the text is written, the date something was
 * moved to ("reporté à mardi", see `MOVED_TO_WORDS`).
 */
export type Tense = "past" | "future" | "later" | "unknown";

/** Whether a clause of this tense speaks of what is to come. */
export function isToCome(tense: Tense): boolean {
  return tense === "future" || tense === "later";
}
