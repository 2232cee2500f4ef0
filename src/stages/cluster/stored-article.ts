import type { ArticleId } from "../../domain/ids.js";

/** What the clusterer keeps of one article: its feature numbers (increasing), their counts and its day. */
export interface StoredArticle {
  id: ArticleId;
  /** Number of the id, for arrays indexed by article (the same if the article is removed and added again). */
  number: number;
  day: number | null;
  terms: Int32Array;
  counts: Float32Array;
  /** Arrival number, for sampling long postings from an article-dependent offset. */
  serial: number;
}
