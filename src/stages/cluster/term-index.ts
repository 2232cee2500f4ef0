import type { ArticleId } from "../../domain/ids.js";
import { bestScored, topWeightPositions } from "./nearest-neighbors.js";
import { type SparseVector, sparseCosine } from "./sparse-vector.js";
import type { ClusterFeatures, StoryClustererOptions } from "./story-clusterer-options.js";
import { NAME_PREFIX, NUMBER_PREFIX } from "./story-terms.js";
import { timeProximity } from "./time-proximity.js";

/** What the clusterer keeps of one article: its feature numbers (increasing), their counts and its day. */
export interface StoredArticle {
  id: ArticleId;
  day: number | null;
  terms: Int32Array;
  counts: Float32Array;
  /** Arrival number, for sampling long postings from an article-dependent offset. */
  serial: number;
}

/** Minimum number of articles holding a term for it to count: a term seen once links nothing. */
const MIN_DOCUMENT_FREQUENCY = 2;
/** Highest-weighted terms of an article used to look up its neighbours, and holders visited per term. */
const QUERY_TERMS = 30;
const MAX_POSTINGS = 200;

/**
 * The articles' features as term numbers, their document frequencies, TF-IDF vectors on demand and,
 * once `neighborsOf` is first used, an inverted index to find one article's nearest neighbours
 * without looking at the others.
 */
export function createTermIndex(settings: StoryClustererOptions) {
  const termNumbers = new Map<string, number>();
  const termBoosts: number[] = [];
  let documentFrequencies = new Int32Array(1024);
  const articles = new Map<ArticleId, StoredArticle>();
  let postings: Map<number, ArticleId[]> | null = null;
  let serial = 0;

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

  const post = (stored: StoredArticle): void => {
    if (postings === null) return;
    for (const term of stored.terms) {
      const holders = postings.get(term);
      if (holders === undefined) postings.set(term, [stored.id]);
      else holders.push(stored.id);
    }
  };

  /** TF-IDF vector (sublinear counts, smoothed IDF, name and number boosts), unit length. */
  const vectorOf = (stored: StoredArticle): SparseVector => {
    const total = articles.size;
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

  return {
    get size(): number {
      return articles.size;
    },
    get(id: ArticleId): StoredArticle | undefined {
      return articles.get(id);
    },
    add(id: ArticleId, features: ClusterFeatures): void {
      const counts = features.terms.map(([term, count]) => [termNumber(term), count] as const);
      counts.sort((x, y) => x[0] - y[0]);
      for (const [term] of counts) documentFrequencies[term]!++;
      const stored: StoredArticle = {
        id,
        day: features.day,
        terms: Int32Array.from(counts, ([term]) => term),
        counts: Float32Array.from(counts, ([, count]) => count),
        serial: serial++,
      };
      articles.set(id, stored);
      post(stored);
    },
    /** Forgets an article (its postings are skipped lazily). */
    remove(id: ArticleId): boolean {
      const stored = articles.get(id);
      if (stored === undefined) return false;
      for (const term of stored.terms) documentFrequencies[term]!--;
      articles.delete(id);
      return true;
    },
    allIds(): ArticleId[] {
      return [...articles.keys()];
    },
    vectorOf,
    /**
     * The article's nearest neighbours (at most `settings.neighbors`, similarity × time proximity at
     * least half the merge threshold), found as the batch graph finds them, other than `exclude`.
     */
    neighborsOf(id: ArticleId, exclude: ReadonlySet<ArticleId>): ArticleId[] {
      if (postings === null) {
        postings = new Map();
        for (const stored of articles.values()) post(stored);
      }
      const stored = articles.get(id)!;
      const vector = vectorOf(stored);
      const scores = new Map<ArticleId, number>();
      for (const position of topWeightPositions(vector, QUERY_TERMS)) {
        const holders = postings.get(vector.terms[position]!) ?? [];
        const weight = vector.weights[position]!;
        const step = Math.ceil(holders.length / MAX_POSTINGS);
        for (let k = step <= 1 ? 0 : stored.serial % step; k < holders.length; k += step) {
          const other = holders[k]!;
          if (other === id || exclude.has(other)) continue;
          scores.set(other, (scores.get(other) ?? 0) + weight);
        }
      }
      const candidates = [...scores.keys()].filter((other) => articles.has(other));
      const values = Float64Array.from(candidates, (other) => scores.get(other)!);
      const found: { other: ArticleId; similarity: number }[] = [];
      for (const position of bestScored(
        candidates.map((_, k) => k),
        values,
        settings.neighbors * 3,
      )) {
        const other = articles.get(candidates[position]!)!;
        const similarity = sparseCosine(vector, vectorOf(other)) * timeProximity(stored.day, other.day);
        if (similarity >= settings.minSimilarity / 2) found.push({ other: other.id, similarity });
      }
      found.sort((x, y) => y.similarity - x.similarity || (x.other < y.other ? -1 : 1));
      return found.slice(0, settings.neighbors).map((item) => item.other);
    },
  };
}

export type TermIndex = ReturnType<typeof createTermIndex>;
