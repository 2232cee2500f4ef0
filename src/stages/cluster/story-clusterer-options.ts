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

/** What the clusterer keeps of one article, in a form that can be stored and read back (JSON). */
export interface ClusterFeatures {
  /** Days since 1970-01-01 of its publication, or null. */
  day: number | null;
  /** Feature → count (content stems, `@`names, `#`numbers; title words counted more). */
  terms: [string, number][];
}
