import { type SparseVector, sparseCosine } from "./sparse-vector.js";

/** A similarity between two items, `a < b`: their cosine, and the cosine times the pair factor. */
export interface SimilarityEdge {
  a: number;
  b: number;
  cosine: number;
  similarity: number;
}

export interface NearestNeighborOptions {
  /** Neighbours kept per item. */
  neighbors: number;
  /** Edges below this similarity are dropped. */
  minSimilarity: number;
  /** Highest-weighted terms of an item used to look up candidates. */
  queryTerms: number;
  /**
   * Holders of a term visited per lookup: a term held by more items is sampled (every k-th holder,
   * from an offset that depends on the item), so common terms cost no more than rare ones.
   */
  maxPostings: number;
  /** Candidates (by partial score) whose full similarity is computed, per item. */
  candidates: number;
  /** Multiplies the cosine of two items (time proximity); 1 when absent. */
  pairFactor?: (a: number, b: number) => number;
}

interface Posting {
  items: number[];
  weights: number[];
}

/** Items that hold each term, with the term's weight in the item (only the terms present: a subset stays cheap). */
function buildPostings(vectors: readonly SparseVector[]): Map<number, Posting> {
  const postings = new Map<number, Posting>();
  vectors.forEach((vector, item) => {
    vector.terms.forEach((term, k) => {
      let posting = postings.get(term);
      if (posting === undefined) {
        posting = { items: [], weights: [] };
        postings.set(term, posting);
      }
      posting.items.push(item);
      posting.weights.push(vector.weights[k]!);
    });
  });
  return postings;
}

/** Positions of the `count` largest weights of `vector`. */
export function topWeightPositions(vector: SparseVector, count: number): number[] {
  const positions = Array.from(vector.weights.keys());
  if (positions.length <= count) return positions;
  positions.sort((x, y) => vector.weights[y]! - vector.weights[x]! || x - y);
  return positions.slice(0, count);
}

/** The `count` items of `items` with the highest scores (ties: smaller item first). */
export function bestScored(items: readonly number[], scores: Float64Array, count: number): number[] {
  const outranks = (x: number, y: number): boolean => scores[x]! > scores[y]! || (scores[x] === scores[y] && x < y);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === count && !outranks(item, best[count - 1]!)) continue;
    let index = best.length === count ? count - 1 : best.length;
    while (index > 0 && outranks(item, best[index - 1]!)) {
      best[index] = best[index - 1]!;
      index--;
    }
    best[index] = item;
  }
  return best;
}

/**
 * Sparse k-nearest-neighbour graph of unit vectors, found through an inverted index on their rarer,
 * heavier terms (so the work grows with the number of items, not its square). Each item keeps its
 * best `neighbors` edges; the result is the union, each pair once, sorted by (a, b).
 */
export function findNearestNeighbors(
  vectors: readonly SparseVector[],
  options: NearestNeighborOptions,
): SimilarityEdge[] {
  const postings = buildPostings(vectors);
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const edges = new Map<number, SimilarityEdge>();
  const size = vectors.length;
  vectors.forEach((vector, item) => {
    for (const position of topWeightPositions(vector, options.queryTerms)) {
      const term = vector.terms[position]!;
      const { items: holders, weights: holderWeights } = postings.get(term)!;
      const weight = vector.weights[position]!;
      const step = Math.ceil(holders.length / options.maxPostings);
      for (let k = step === 1 ? 0 : item % step; k < holders.length; k += step) {
        const other = holders[k]!;
        if (other === item) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight * holderWeights[k]!;
      }
    }
    const found: SimilarityEdge[] = [];
    for (const other of bestScored(touched, scores, options.candidates)) {
      const factor = options.pairFactor === undefined ? 1 : options.pairFactor(item, other);
      const cosine = sparseCosine(vector, vectors[other]!);
      const similarity = cosine * factor;
      if (similarity >= options.minSimilarity) {
        const [a, b] = item < other ? [item, other] : [other, item];
        found.push({ a, b, cosine, similarity });
      }
    }
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    found.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
    for (const edge of found.slice(0, options.neighbors)) edges.set(edge.a * size + edge.b, edge);
  });
  return [...edges.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
