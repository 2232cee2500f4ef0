import type { ArticleId } from "../../../domain/ids.js";

export type QuantityKind = "duration" | "count" | "amount" | "date" | "time" | "percent";

/** One number of an article with what it measures, normalised so that equal values compare equal. */
export interface Quantity {
  articleId: ArticleId;
  /** Offsets of the number and its unit in `article.text` ("une heure et demie", "100.000 soldats" → "100.000"). */
  start: number;
  end: number;
  /** The value as written, `article.text.slice(start, end)`. */
  text: string;
  kind: QuantityKind;
  /**
   * The value in a common unit: minutes for durations, minutes after midnight for times of day, units for
   * counts, amounts and percentages, the year for dates. For vague quantities, the middle of the range.
   */
  value: number;
  /** Canonical text of the value: "90 min", "100000", "200000000 USD", "11:00", "12%", "10000–99999". */
  normalized: string;
  /** "min", "USD", "%", … or null for plain counts. */
  unit: string | null;
  /** "dizaines de milliers", "thousands of": only a range, never precise enough to contradict a number. */
  vague: boolean;
  /** Bounds of a vague quantity. */
  low: number;
  high: number;
  /** Introduced by "environ", "quelque", "about": approximate. */
  approximate: boolean;
  /** "plus de" / "more than" = at-least; "moins de" / "up to" = at-most. */
  bound: "at-least" | "at-most" | null;
  /**
   * For durations: "offset" when the duration places an event ("20 minutes avant", "two days ago"), "age" when it
   * is someone's age ("the 35-year-old man", "âgé de 35 ans").
   */
  role: "measure" | "offset" | "age";
  /**
   * Stem of the noun counted or measured ("soldat" for "100 000 soldats"), when one follows; for an age, of the name
   * or noun it qualifies ("man", "floyd").
   */
  head: string | null;
  /** 0-based sentence index, −1 outside every sentence. */
  sentence: number;
  /** Content stems of the sentence, numbers left out: what the value is about. */
  context: string[];
}
