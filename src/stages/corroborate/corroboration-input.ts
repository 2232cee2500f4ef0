import type { ArticleId } from "../../domain/ids.js";

/**
 * A number extracted from an article, as corroborate needs it (the shape `extract/numbers` produces;
 * declared here so that stages do not import each other).
 */
export interface MeasuredQuantity {
  articleId: ArticleId;
  start: number;
  end: number;
  text: string;
  kind: "duration" | "count" | "amount" | "date" | "time" | "percent";
  value: number;
  normalized: string;
  unit: string | null;
  vague: boolean;
  approximate: boolean;
  bound: "at-least" | "at-most" | null;
  role: "measure" | "offset" | "age";
  head: string | null;
  sentence: number;
}

export interface CorroborateOptions {
  /** Article → the earliest article it copies (from dedupe): a copy and its original count as one source. */
  duplicates: ReadonlyMap<ArticleId, ArticleId>;
  /**
   * Story entities with their variants: shared entities make sentences align ("Blinken" = "Bliken"), and a
   * person's full name ends the venue name before it ("la Maison Blanche Joe Biden").
   */
  entities?: readonly { name: string; variants: readonly string[]; type?: string }[];
  /**
   * The story's quantities (`extractQuantities` of each article). Without them, sentences align on words
   * only and no number, duration or time discrepancy is reported.
   */
  quantities?: readonly MeasuredQuantity[];
  /**
   * The story's resolved date mentions (`extractDates` of each article): sentences naming the same day
   * align better ("la semaine prochaine" in two articles of the same week).
   */
  dates?: readonly DatedSentence[];
  /**
   * The story's quotes (`extractQuotes`), each with the speaker it is attributed to: the same words given to
   * different speakers by different articles are a discrepancy.
   */
  quotes?: readonly QuotedStatement[];
}

/** A quote as corroborate needs it (the shape `extract/quotes` produces). */
export interface QuotedStatement {
  speaker: string | null;
  variants: readonly {
    articleId: ArticleId;
    start: number;
    end: number;
    text: string;
    /** How the article names the speaker ("le ministre russe", "il"), when it does. */
    speakerMention?: string | null;
  }[];
}

/** A date mention as corroborate needs it (the shape `extract/dates` produces). */
export interface DatedSentence {
  articleId: ArticleId;
  sentence: number;
  date: string;
  precision: "day" | "month" | "year";
  /** Offsets of the date expression in `article.text`, when known: the evidence of a date discrepancy. */
  start?: number;
  end?: number;
  /** "absolute" (21 janvier), "weekday" (vendredi), …: only explicit dates are compared across articles. */
  kind?: string;
  /** True when resolved from an inferred publication date or a vague expression. */
  inferred?: boolean;
  /** Set for week expressions ("la semaine prochaine"): a span of days, not one day. */
  until?: string;
}
