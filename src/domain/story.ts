import type { ArticleId, StoryId } from "./ids.js";
import type { Evidence } from "./span.js";

/** One summary sentence: verbatim `articles[articleId].text.slice(start, end)`. */
export interface SummaryItem {
  text: string;
  articleId: ArticleId;
  start: number;
  end: number;
  /** Other articles that say the same thing. */
  alsoIn: ArticleId[];
}

export type EntityType = "person" | "place" | "organization" | "other";

export interface EntityMention extends Evidence {
  text: string;
}

export interface Entity {
  /** The most complete frequent form. */
  name: string;
  type: EntityType;
  /** Every surface form seen, `name` included. */
  variants: string[];
  articleIds: ArticleId[];
  /** Number of mentions across the story. */
  mentions: number;
  /** Where it is mentioned (capped per article). */
  evidence: EntityMention[];
  /**
   * For a person, the functions the articles give them, as written next to a mention ("secrétaire d'État américain",
   * "vice-président du Conseil fédéral"): one per function, those given by most articles first. Empty otherwise.
   */
  roles: EntityRole[];
}

/** One function given to a person, verbatim from the first article that writes it so. */
export interface EntityRole {
  text: string;
  articleIds: ArticleId[];
  /** Where it is written (one place per article). */
  evidence: EntityMention[];
}

export interface QuoteVariant extends Evidence {
  text: string;
  /** How the speaker was named in this article ("Ce dernier", "le ministre russe"). */
  speakerMention: string | null;
}

export interface Quote {
  /** The speaker's entity name, or null when no speaker could be attributed. */
  speaker: string | null;
  /** The text of the representative variant. */
  text: string;
  articleIds: ArticleId[];
  variants: QuoteVariant[];
}

export interface Fact {
  /** A verbatim representative sentence. */
  text: string;
  articleIds: ArticleId[];
  /** Outlets, not copies: near-duplicates and syndicated rewrites count once. */
  independentSources: number;
  /** True when every supporting sentence only reports the claim (selon…, conditional, reportedly). */
  reported: boolean;
  evidence: Evidence[];
}

export type DiscrepancyKind = "duration" | "quantity" | "amount" | "date" | "time" | "place" | "speaker";

export interface DiscrepancyValue {
  /** The value as written in the text. */
  value: string;
  /** The normalised value ("90 min", "100000", "2022-01-21"). */
  normalized: string;
  articleIds: ArticleId[];
  evidence: Evidence[];
}

export interface Discrepancy {
  /** What the values are about ("durée de la réunion", "troops at the border"). */
  about: string;
  kind: DiscrepancyKind;
  values: DiscrepancyValue[];
}

export type DatePrecision = "day" | "month" | "year";

export interface TimelineEvent {
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on `precision`. */
  date: string;
  precision: DatePrecision;
  /** The verbatim sentence that mentions it. */
  text: string;
  /** The date expression as written ("vendredi", "la semaine prochaine"). */
  expression: string;
  /** True when resolved from an inferred publication date or a vague expression. */
  inferred: boolean;
  articleIds: ArticleId[];
  evidence: Evidence[];
}

export type CoverageMark = "supports" | "omits" | "contradicts";

export interface CoverageRow {
  articleId: ArticleId;
  /** One mark per fact, in the order of `facts`. */
  facts: CoverageMark[];
}

/** One story: the JSON contract's `stories[i]`. */
export interface Story {
  id: StoryId;
  title: string;
  articleIds: ArticleId[];
  /** Distinct outlets among the story's articles, near-duplicates counted once. */
  independentSources: number;
  languages: string[];
  /** Earliest and latest publication dates of its articles. */
  period: { from: string | null; to: string | null };
  summary: SummaryItem[];
  entities: Entity[];
  quotes: Quote[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  timeline: TimelineEvent[];
  coverage: CoverageRow[];
}
