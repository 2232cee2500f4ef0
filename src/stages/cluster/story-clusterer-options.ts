/** Settings of story clustering. */
export interface StoryClustererOptions {
  /** Two groups of articles join only when their average similarity reaches this (cosine × time factor). */
  minSimilarity: number;
  /** ... and this share of the looser cohesion of the two groups. */
  relativeSimilarity: number;
  /** Cohesion assumed for a lone article. */
  priorCohesion: number;
  /** Weight, in article pairs, of that assumption. */
  priorPairs: number;
  /** Weight of name-like tokens (capitalised inside a sentence), on top of their stem. */
  nameWeight: number;
  /** Weight of numbers. */
  numberWeight: number;
  /** How many times a title token counts. */
  titleWeight: number;
  /** Nearest neighbours kept per article. */
  neighbors: number;
}

export const DEFAULT_STORY_CLUSTERER_OPTIONS: StoryClustererOptions = {
  minSimilarity: 0.1,
  relativeSimilarity: 0.6,
  priorCohesion: 0.3,
  priorPairs: 1,
  nameWeight: 1.5,
  numberWeight: 3,
  titleWeight: 2,
  neighbors: 20,
};

/**
 * What the clusterer keeps of one article, in a form that can be stored and read back (JSON) and
 * sent between threads cheaply: the features as one string and their counts as one list, rather
 * than a pair per feature (a worker's 100 articles then cross to the indexing thread as ~300 values,
 * not ~12,000 small arrays).
 */
export interface ClusterFeatures {
  /** Days since 1970-01-01 of its publication, or null. */
  day: number | null;
  /**
   * The features (content stems, `@`names, `#`numbers), each once, joined by `FEATURE_SEPARATOR`
   * (features are made of word tokens, which never hold a line break); "" when there are none.
   */
  terms: string;
  /** Each feature's count, in the order of `terms` (title words counted more). */
  counts: number[];
}

/** Joins the features of `ClusterFeatures.terms`. */
export const FEATURE_SEPARATOR = "\n";

/** `ClusterFeatures` of counted features (each feature once, in the order given). */
export function toClusterFeatures(day: number | null, counts: ReadonlyMap<string, number>): ClusterFeatures {
  return { day, terms: [...counts.keys()].join(FEATURE_SEPARATOR), counts: [...counts.values()] };
}
