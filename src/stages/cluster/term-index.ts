import type { ArticleId } from "../../domain/ids.js";
import type { SparseVector } from "../../similarity/sparse-vector.js";
import { bestScored } from "./best-scored.js";
import { countWeight } from "./count-weight.js";
import { grown } from "./grown.js";
import { backgroundOf, topWeightPositions } from "./nearest-neighbors.js";
import { Postings } from "./postings.js";
import type { StoredArticle } from "./stored-article.js";
import type { ClusterFeatures, StoryClustererOptions } from "./story-clusterer-options.js";
import { NAME_PREFIX, NUMBER_PREFIX, type TermVisitor } from "./story-terms.js";
import { TermStore } from "./term-store.js";
import { TermTable } from "./term-table.js";
import { timeProximity } from "./time-proximity.js";

const NAME_CODE = NAME_PREFIX.charCodeAt(0);
const NUMBER_CODE = NUMBER_PREFIX.charCodeAt(0);

/** No article left out of a neighbour search. */
const NONE: ReadonlySet<ArticleId> = new Set();

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
  const termNumbers = new TermTable();
  const termBoosts: number[] = [];
  let documentFrequencies = new Int32Array(1024);
  const articles = new Map<ArticleId, StoredArticle>();
  const termStore = new TermStore();
  const idNumbers = new Map<ArticleId, number>();
  /** The stored article of each id number, while it is in the index. */
  const byNumber: (StoredArticle | undefined)[] = [];
  /** Built on the first neighbour search (a batch clustering never needs it). */
  let postings: Postings | null = null;
  let serial = 0;
  // Scratch, all zeros between calls: by term number (local numbers, a spread query vector) and by
  // id number (partial scores, exclusions).
  let localNumbers = new Int32Array(1024);
  let query = new Float64Array(1024);
  let scores = new Float64Array(1024);
  let excluded = new Uint8Array(1024);
  let otherTerms = new Int32Array(1024);
  let otherWeights = new Float64Array(1024);
  /** IDF by term number, valid while `idfVersion[term]` is `version` (bumped by every add and remove). */
  let idfs = new Float64Array(1024);
  let idfVersion = new Int32Array(1024);
  let version = 1;

  /** The number of the term `text.slice(start, end)`, numbered (with its boost) on first sight. */
  const termNumberAt = (text: string, start: number, end: number): number => {
    const number = termNumbers.numberAt(text, start, end);
    if (number === termBoosts.length) {
      const first = end > start ? text.charCodeAt(start) : -1;
      termBoosts.push(first === NAME_CODE ? settings.nameWeight : first === NUMBER_CODE ? settings.numberWeight : 1);
      if (number >= documentFrequencies.length) {
        documentFrequencies = grown(documentFrequencies, number + 1);
        localNumbers = grown(localNumbers, number + 1);
        query = grown(query, number + 1);
        idfs = grown(idfs, number + 1);
        idfVersion = grown(idfVersion, number + 1);
      }
    }
    return number;
  };
  const termNumber = (term: string): number => termNumberAt(term, 0, term.length);

  const idNumber = (id: ArticleId): number => {
    let number = idNumbers.get(id);
    if (number === undefined) {
      number = idNumbers.size;
      idNumbers.set(id, number);
      scores = grown(scores, number + 1);
      excluded = grown(excluded, number + 1);
    }
    return number;
  };

  const builtPostings = (): Postings => {
    postings ??= Postings.of(articles.values(), termNumbers.size);
    return postings;
  };

  /** Smoothed IDF of a term (by its number). */
  const idfOf = (term: number): number => {
    if (idfVersion[term] !== version) {
      idfs[term] = Math.log((1 + articles.size) / (1 + documentFrequencies[term]!)) + 1;
      idfVersion[term] = version;
    }
    return idfs[term]!;
  };

  /**
   * Writes the TF-IDF weights of `stored` (sublinear counts, smoothed IDF, name and number boosts)
   * into `weights` at `at` onwards, their terms into `terms` (through `renumber`); returns the
   * vector's length before normalisation and the end position.
   */
  const writeWeights = (
    stored: StoredArticle,
    terms: Int32Array,
    weights: Float64Array,
    at: number,
    renumber: (term: number) => number,
  ): [length: number, end: number] => {
    let norm = 0;
    let end = at;
    for (let k = 0; k < stored.terms.length; k++) {
      const term = stored.terms[k]!;
      if (documentFrequencies[term]! < MIN_DOCUMENT_FREQUENCY) continue;
      const weight = countWeight(stored.counts[k]!) * idfOf(term) * termBoosts[term]!;
      terms[end] = renumber(term);
      weights[end++] = weight;
      norm += weight * weight;
    }
    return [Math.sqrt(norm) || 1, end];
  };

  /** TF-IDF vector, unit length. */
  const vectorOf = (stored: StoredArticle): SparseVector => {
    const terms = new Int32Array(stored.terms.length);
    const weights = new Float64Array(stored.terms.length);
    const [length, end] = writeWeights(stored, terms, weights, 0, (term) => term);
    for (let k = 0; k < end; k++) weights[k]! /= length;
    return { terms: terms.subarray(0, end), weights: weights.subarray(0, end) };
  };

  /**
   * The vectors of `list` (as `vectorOf` makes them), their terms renumbered 0, 1, … in the same
   * order over the terms they use: arrays indexed by term then span only the terms of the list (a
   * few thousand for an incremental update), which keeps them in cache. All in two shared buffers.
   */
  const localVectorsOf = (list: readonly StoredArticle[]): SparseVector[] => {
    const used: number[] = [];
    let total = 0;
    for (const stored of list) {
      for (const term of stored.terms) {
        if (documentFrequencies[term]! < MIN_DOCUMENT_FREQUENCY) continue;
        total++;
        if (localNumbers[term] === 0) {
          localNumbers[term] = 1;
          used.push(term);
        }
      }
    }
    const sorted = Int32Array.from(used).sort();
    sorted.forEach((term, local) => {
      localNumbers[term] = local;
    });
    const allTerms = new Int32Array(total);
    const allWeights = new Float64Array(total);
    let at = 0;
    const vectors = list.map((stored) => {
      const [length, end] = writeWeights(stored, allTerms, allWeights, at, (term) => localNumbers[term]!);
      for (let k = at; k < end; k++) allWeights[k]! /= length;
      const vector = { terms: allTerms.subarray(at, end), weights: allWeights.subarray(at, end) };
      at = end;
      return vector;
    });
    for (const term of sorted) localNumbers[term] = 0;
    return vectors;
  };

  /**
   * Cosine of the vector spread out in `query` with the vector of `other`, to the last bit as
   * `sparseCosine(vector, vectorOf(other))` (same products, added in term order), without building it.
   */
  const cosineWith = (other: StoredArticle): number => {
    otherTerms = grown(otherTerms, other.terms.length);
    otherWeights = grown(otherWeights, other.terms.length);
    const [terms, weights] = [otherTerms, otherWeights];
    const [length, end] = writeWeights(other, terms, weights, 0, (term) => term);
    let total = 0;
    for (let k = 0; k < end; k++) total += query[terms[k]!]! * (weights[k]! / length);
    return total;
  };

  const store = (id: ArticleId, day: number | null, { terms, counts }: { terms: Int32Array; counts: Float32Array }) => {
    for (const term of terms) documentFrequencies[term]!++;
    const stored: StoredArticle = { id, number: idNumber(id), day, terms, counts, serial: serial++ };
    articles.set(id, stored);
    byNumber[stored.number] = stored;
    version++;
    postings?.add(stored, termNumbers.size);
  };

  /**
   * The article's nearest neighbours, best first (at most `settings.neighbors`, similarity × time
   * proximity at least half the merge threshold), found as the batch graph finds them, other than
   * `exclude`: through the inverted index on its heaviest terms, so without looking at the others.
   */
  const nearest = (id: ArticleId, exclude: ReadonlySet<ArticleId>): { other: ArticleId; similarity: number }[] => {
    const index = builtPostings();
    const stored = articles.get(id)!;
    const vector = vectorOf(stored);
    for (const other of exclude) {
      const number = idNumbers.get(other);
      if (number !== undefined) excluded[number] = 1;
    }
    excluded[stored.number] = 1;
    // Partial scores by id number; candidates in order of first touch, as ties are broken by it.
    const touched: number[] = [];
    for (const position of topWeightPositions(vector, QUERY_TERMS)) {
      const holders = index.holders(vector.terms[position]!);
      const weight = vector.weights[position]!;
      const step = Math.ceil(holders.length / MAX_POSTINGS);
      for (let k = step <= 1 ? 0 : stored.serial % step; k < holders.length; k += step) {
        const other = holders[k]!;
        if (excluded[other] === 1) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    for (const other of exclude) {
      const number = idNumbers.get(other);
      if (number !== undefined) excluded[number] = 0;
    }
    excluded[stored.number] = 0;
    const candidates = touched.filter((other) => byNumber[other] !== undefined);
    const values = Float64Array.from(candidates, (other) => scores[other]!);
    for (const other of touched) scores[other] = 0;
    for (let k = 0; k < vector.terms.length; k++) query[vector.terms[k]!] = vector.weights[k]!;
    const found: { other: ArticleId; similarity: number }[] = [];
    for (const position of bestScored(
      candidates.map((_, k) => k),
      values,
      settings.neighbors * 3,
    )) {
      const other = byNumber[candidates[position]!]!;
      const similarity = cosineWith(other) * timeProximity(stored.day, other.day);
      if (similarity >= settings.minSimilarity / 2) found.push({ other: other.id, similarity });
    }
    for (const term of vector.terms) query[term] = 0;
    found.sort((x, y) => y.similarity - x.similarity || (x.other < y.other ? -1 : 1));
    return found.slice(0, settings.neighbors);
  };

  return {
    get size(): number {
      return articles.size;
    },
    get(id: ArticleId): StoredArticle | undefined {
      return articles.get(id);
    },
    add(id: ArticleId, features: ClusterFeatures): void {
      store(id, features.day, termStore.add(features.terms, features.counts, termNumberAt));
    },
    /** Adds an article from the feature occurrences `visitAll` visits: as `add` of the features they count up to. */
    addVisited(id: ArticleId, day: number | null, visitAll: (visit: TermVisitor) => void): void {
      store(id, day, termStore.addVisited(visitAll, termNumber));
    },
    /** Forgets an article (its postings are skipped lazily). */
    remove(id: ArticleId): boolean {
      const stored = articles.get(id);
      if (stored === undefined) return false;
      for (const term of stored.terms) documentFrequencies[term]!--;
      articles.delete(id);
      byNumber[stored.number] = undefined;
      version++;
      return true;
    },
    allIds(): ArticleId[] {
      return [...articles.keys()];
    },
    vectorOf,
    localVectorsOf,
    /** Builds the inverted index now, not on the first `neighborsOf` (which would then take longer). */
    buildPostings(): void {
      builtPostings();
    },
    /**
     * The article's nearest neighbours, nearest first, each with its similarity (at most
     * `settings.neighbors`, similarity × time proximity at least half the merge threshold), found as
     * the batch graph finds them, other than `exclude`.
     */
    neighborsOf(id: ArticleId, exclude: ReadonlySet<ArticleId>): { other: ArticleId; similarity: number }[] {
      return nearest(id, exclude);
    },
    /** The article's nearest neighbours among all articles held, nearest first, as `neighborsOf` finds them. */
    nearestOf(id: ArticleId): { other: ArticleId; similarity: number }[] {
      return nearest(id, NONE);
    },
    /**
     * The article's background among all articles held: the similarity of its `settings.neighbors`-th
     * nearest neighbour, 0 with fewer (as `findNearestNeighbors` gives it for a batch).
     */
    backgroundOf(id: ArticleId): number {
      return backgroundOf(nearest(id, NONE), settings.neighbors);
    },
  };
}

export type TermIndex = ReturnType<typeof createTermIndex>;
