import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { averageLinkClusters } from "./average-link.js";
import { findNearestNeighbors } from "./nearest-neighbors.js";
import type { SparseVector } from "./sparse-vector.js";
import { NAME_PREFIX, NUMBER_PREFIX, storyTerms } from "./story-terms.js";
import { dayNumber, timeProximity } from "./time-proximity.js";

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

/** Groups articles into stories, one article at a time; `clusters()` is the same whatever the order of `add`. */
export interface StoryClusterer {
  /** Adds an article (or replaces the one with the same id). */
  add(doc: AnalyzedArticle): void;
  /** Forgets an article; false when it was not there. */
  remove(id: ArticleId): boolean;
  /** Every article in exactly one story: ids sorted, stories from largest to smallest (then by first id). */
  clusters(): ArticleId[][];
  readonly size: number;
}

/** What the clusterer keeps of one article: its feature numbers (increasing), their counts and its day. */
interface StoredArticle {
  id: ArticleId;
  day: number | null;
  terms: Int32Array;
  counts: Float32Array;
}

/** Minimum number of articles holding a term for it to count: a term seen once links nothing. */
const MIN_DOCUMENT_FREQUENCY = 2;

export function createStoryClusterer(options: Partial<StoryClustererOptions> = {}): StoryClusterer {
  const settings: StoryClustererOptions = { ...DEFAULT_STORY_CLUSTERER_OPTIONS, ...options };
  const termNumbers = new Map<string, number>();
  const termBoosts: number[] = [];
  let documentFrequencies = new Int32Array(1024);
  const articles = new Map<ArticleId, StoredArticle>();
  let cached: ArticleId[][] | null = null;

  const termNumber = (term: string): number => {
    let number = termNumbers.get(term);
    if (number === undefined) {
      number = termNumbers.size;
      termNumbers.set(term, number);
      termBoosts.push(
        term.startsWith(NAME_PREFIX) ? settings.nameWeight : term.startsWith(NUMBER_PREFIX) ? settings.numberWeight : 1,
      );
      if (number >= documentFrequencies.length) {
        const grown = new Int32Array(documentFrequencies.length * 2);
        grown.set(documentFrequencies);
        documentFrequencies = grown;
      }
    }
    return number;
  };

  const remove = (id: ArticleId): boolean => {
    const stored = articles.get(id);
    if (stored === undefined) return false;
    for (const term of stored.terms) documentFrequencies[term]!--;
    articles.delete(id);
    cached = null;
    return true;
  };

  const add = (doc: AnalyzedArticle): void => {
    remove(doc.article.id);
    const counts = [...storyTerms(doc, { titleWeight: settings.titleWeight })].map(
      ([term, count]) => [termNumber(term), count] as const,
    );
    counts.sort((x, y) => x[0] - y[0]);
    for (const [term] of counts) documentFrequencies[term]!++;
    articles.set(doc.article.id, {
      id: doc.article.id,
      day: dayNumber(doc.article.publishedAt),
      terms: Int32Array.from(counts, ([term]) => term),
      counts: Float32Array.from(counts, ([, count]) => count),
    });
    cached = null;
  };

  /** TF-IDF vector (sublinear counts, smoothed IDF, name and number boosts), unit length. */
  const vectorOf = (stored: StoredArticle, total: number): SparseVector => {
    const terms: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    stored.terms.forEach((term, k) => {
      const frequency = documentFrequencies[term]!;
      if (frequency < MIN_DOCUMENT_FREQUENCY) return;
      const idf = Math.log((1 + total) / (1 + frequency)) + 1;
      const weight = (1 + Math.log(stored.counts[k]!)) * idf * termBoosts[term]!;
      terms.push(term);
      weights.push(weight);
      norm += weight * weight;
    });
    const length = Math.sqrt(norm) || 1;
    return { terms: Int32Array.from(terms), weights: Float64Array.from(weights, (weight) => weight / length) };
  };

  const computeClusters = (): ArticleId[][] => {
    // Canonical order (by id), so nothing below depends on the order articles were added in.
    const ordered = [...articles.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const vectors = ordered.map((stored) => vectorOf(stored, ordered.length));
    const edges = findNearestNeighbors(vectors, termNumbers.size, {
      neighbors: settings.neighbors,
      minSimilarity: settings.minSimilarity / 2,
      queryTerms: 30,
      maxPostings: 200,
      candidates: settings.neighbors * 3,
      pairFactor: (a, b) => timeProximity(ordered[a]!.day, ordered[b]!.day),
    });
    const days = ordered.map((stored) => stored.day);
    const groups = averageLinkClusters(vectors, days, edges, { ...settings, timeFactor: timeProximity });
    return groups
      .map((group) => group.map((index) => ordered[index]!.id))
      .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  };

  return {
    add,
    remove,
    clusters(): ArticleId[][] {
      cached ??= computeClusters();
      return cached.map((cluster) => [...cluster]);
    },
    get size(): number {
      return articles.size;
    },
  };
}
