import type { SparseVector } from "../../similarity/sparse-vector.js";
import { bestScored } from "./best-scored.js";
import { termBound, termScratch } from "./term-scratch.js";

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
  /** Multiplies the cosine of two items, in (0, 1] (time proximity); 1 when absent. */
  pairFactor?: (a: number, b: number) => number;
  /**
   * When given (a row of `neighbors` slots per item), receives each item's nearest similarities, best
   * first, 0 in the slots beyond those it has above `minSimilarity`. The last slot of a row is the
   * item's background (see `backgroundsOf`).
   */
  nearest?: Float64Array;
  /**
   * Only the items in `[from, to)` look up their neighbours (and fill their rows of `nearest`): a part of the
   * graph, for a search split over threads. The parts together, through `mergeNeighborGraphs`, are
   * the whole graph to the last bit: an item's neighbours do not depend on the others' look-ups.
   */
  range?: readonly [from: number, to: number];
}

/**
 * Items that hold each term, with the term's weight in the item, in item order: one flat array each,
 * a term's holders at `start[slot] .. start[slot + 1]` (only the terms present: a subset stays cheap).
 */
interface Postings {
  /** Term number → its slot, + 1 (0: absent); cleared after use. */
  slotOfTerm: Int32Array;
  start: Int32Array;
  items: Int32Array;
  weights: Float64Array;
}

function buildPostings(vectors: readonly SparseVector[], slotOfTerm: Int32Array): Postings {
  const sizes: number[] = [];
  let total = 0;
  for (const vector of vectors) {
    for (const term of vector.terms) {
      const slot = slotOfTerm[term]!;
      if (slot === 0) {
        sizes.push(1);
        slotOfTerm[term] = sizes.length;
      } else sizes[slot - 1]!++;
    }
    total += vector.terms.length;
  }
  const start = new Int32Array(sizes.length + 1);
  for (let slot = 0; slot < sizes.length; slot++) start[slot + 1] = start[slot]! + sizes[slot]!;
  const fill = start.slice(0, sizes.length);
  const items = new Int32Array(total);
  const weights = new Float64Array(total);
  vectors.forEach((vector, item) => {
    const { terms, weights: vectorWeights } = vector;
    for (let k = 0; k < terms.length; k++) {
      const at = fill[slotOfTerm[terms[k]!]! - 1]!++;
      items[at] = item;
      weights[at] = vectorWeights[k]!;
    }
  });
  return { slotOfTerm, start, items, weights };
}

function clearPostings(vectors: readonly SparseVector[], slotOfTerm: Int32Array): void {
  for (const vector of vectors) for (const term of vector.terms) slotOfTerm[term] = 0;
}

/**
 * Positions of the `count` largest weights of `vector`, largest first (ties: smaller position first);
 * every position, in order, when there are no more than `count`.
 */
export function topWeightPositions(vector: SparseVector, count: number): number[] {
  const weights = vector.weights;
  const positions: number[] = [];
  if (weights.length <= count) {
    for (let position = 0; position < weights.length; position++) positions.push(position);
    return positions;
  }
  // Insertion into a list kept sorted: positions come in increasing order, so a tie stays behind.
  for (let position = 0; position < weights.length; position++) {
    const weight = weights[position]!;
    if (positions.length === count && weight <= weights[positions[count - 1]!]!) continue;
    let index = positions.length === count ? count - 1 : positions.length;
    while (index > 0 && weight > weights[positions[index - 1]!]!) {
      positions[index] = positions[index - 1]!;
      index--;
    }
    positions[index] = position;
  }
  return positions;
}

/**
 * Dot product of `vector` with the vector spread out in `query` (weight by term number), added up in
 * `vector`'s term order: the same sum, to the last bit, as merging the two sorted term lists.
 */
export function scatteredDot(query: Float64Array, vector: SparseVector): number {
  const { terms, weights } = vector;
  let total = 0;
  for (let k = 0; k < terms.length; k++) total += query[terms[k]!]! * weights[k]!;
  return total;
}

/**
 * The order items look up their neighbours in: by their heaviest term, so that items which share it
 * come one after another and find its holders (and those of their other common terms) still in the
 * cache. Each item's neighbours do not depend on the order (see `findNearestNeighbors`).
 */
function lookupOrder(vectors: readonly SparseVector[]): Int32Array {
  const keys = new Float64Array(vectors.length);
  vectors.forEach((vector, item) => {
    const [top] = topWeightPositions(vector, 1);
    keys[item] = top === undefined ? -1 : vector.terms[top]!;
  });
  const order = Int32Array.from(vectors.keys());
  return order.sort((x, y) => keys[x]! - keys[y]! || x - y);
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
  const { positions: slots, weights: query } = termScratch(termBound(vectors));
  const { start, items, weights: holderWeights } = buildPostings(vectors, slots);
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const found: SimilarityEdge[] = [];
  const edges: SimilarityEdge[] = [];
  // Cosines computed with a candidate of a higher number, kept for when that candidate's own turn
  // comes (near items are often each other's candidates): `candidates` slots per item.
  const laterCandidates = new Int32Array(vectors.length * options.candidates);
  const laterCosines = new Float64Array(laterCandidates.length);
  const laterCounts = new Int32Array(vectors.length);
  const knownCosine = (item: number, other: number): number => {
    const from = other * options.candidates;
    for (let k = from; k < from + laterCounts[other]!; k++) if (laterCandidates[k] === item) return laterCosines[k]!;
    return Number.NaN;
  };
  const done = new Uint8Array(vectors.length);
  const [from, to] = options.range ?? [0, vectors.length];
  for (const item of lookupOrder(vectors)) {
    if (item < from || item >= to) continue;
    const vector = vectors[item]!;
    const queryPositions = topWeightPositions(vector, options.queryTerms);
    for (const position of queryPositions) {
      const slot = slots[vector.terms[position]!]! - 1;
      const [from, to] = [start[slot]!, start[slot + 1]!];
      const weight = vector.weights[position]!;
      const step = Math.ceil((to - from) / options.maxPostings);
      for (let k = from + (step === 1 ? 0 : item % step); k < to; k += step) {
        const other = items[k]!;
        if (other === item) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight * holderWeights[k]!;
      }
    }
    let spread = false;
    for (const other of bestScored(touched, scores, options.candidates)) {
      let cosine = done[other] === 1 ? knownCosine(item, other) : Number.NaN;
      if (Number.isNaN(cosine)) {
        if (!spread) {
          for (let k = 0; k < vector.terms.length; k++) query[vector.terms[k]!] = vector.weights[k]!;
          spread = true;
        }
        cosine = scatteredDot(query, vectors[other]!);
        if (done[other] === 0) {
          const at = item * options.candidates + laterCounts[item]!++;
          laterCandidates[at] = other;
          laterCosines[at] = cosine;
        }
      }
      // The factor is at most 1: a cosine under the threshold cannot pass it.
      if (cosine < options.minSimilarity) continue;
      const similarity = options.pairFactor === undefined ? cosine : cosine * options.pairFactor(item, other);
      if (similarity >= options.minSimilarity) {
        const [a, b] = item < other ? [item, other] : [other, item];
        const full = found.length === options.neighbors;
        if (!full || isBetter(similarity, a, b, found[options.neighbors - 1]!)) {
          keepBest(found, { a, b, cosine, similarity }, options.neighbors);
        }
      }
    }
    if (spread) for (const term of vector.terms) query[term] = 0;
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    for (const edge of found) edges.push(edge);
    if (options.nearest !== undefined) {
      const row = item * options.neighbors;
      for (let k = 0; k < options.neighbors; k++) options.nearest[row + k] = found[k]?.similarity ?? 0;
    }
    found.length = 0;
    done[item] = 1;
  }
  clearPostings(vectors, slots);
  return sortedDistinct(edges, vectors.length);
}

/**
 * The similarity of the `count`-th of `best` (best first), or 0 when there are fewer: how similar an
 * item is to its neighbourhood at large, the level a link must pass to stand out from it.
 */
export function backgroundOf(best: readonly { similarity: number }[], count: number): number {
  return count > 0 && best.length >= count ? best[count - 1]!.similarity : 0;
}

/**
 * Each item's background from the rows of `nearest` (see `NearestNeighborOptions.nearest`): the
 * similarity of its `neighbors`-th nearest neighbour, 0 when it has fewer (as `backgroundOf`).
 */
export function backgroundsOf(nearest: Float64Array, neighbors: number): Float64Array {
  const backgrounds = new Float64Array(neighbors === 0 ? 0 : nearest.length / neighbors);
  for (let item = 0; item < backgrounds.length; item++) backgrounds[item] = nearest[item * neighbors + neighbors - 1]!;
  return backgrounds;
}

/** An edge (similarity, a, b) comes before `other`: higher similarity, then smaller (a, b). */
function isBetter(similarity: number, a: number, b: number, other: SimilarityEdge): boolean {
  if (similarity !== other.similarity) return similarity > other.similarity;
  return a !== other.a ? a < other.a : b < other.b;
}

/** Inserts `edge` into `best` (best first) if it is among the `count` best, as a sort then a cut would keep them. */
function keepBest(best: SimilarityEdge[], edge: SimilarityEdge, count: number): void {
  const { similarity, a, b } = edge;
  if (best.length === count && !isBetter(similarity, a, b, best[count - 1]!)) return;
  let index = best.length === count ? count - 1 : best.length;
  while (index > 0 && isBetter(similarity, a, b, best[index - 1]!)) {
    best[index] = best[index - 1]!;
    index--;
  }
  best[index] = edge;
}

/**
 * The whole graph from its parts (`NearestNeighborOptions.range`): the same edges, in the same order,
 * as one search over every item gives. An edge kept by both of its items is the same in both parts
 * (its cosine is summed in one term order from either side, and the pair factor is symmetric).
 */
export function mergeNeighborGraphs(parts: readonly (readonly SimilarityEdge[])[], size: number): SimilarityEdge[] {
  return sortedDistinct(parts.flat(), size);
}

/**
 * Edges sorted by (a, b), each pair once (a pair kept by both of its items is the same edge twice:
 * the cosine does not depend on the side): bucketed by `a`, then each bucket sorted by `b`.
 */
function sortedDistinct(edges: readonly SimilarityEdge[], size: number): SimilarityEdge[] {
  const start = new Int32Array(size + 1);
  for (const edge of edges) start[edge.a + 1]!++;
  for (let a = 0; a < size; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, size);
  const byA: SimilarityEdge[] = new Array(edges.length);
  for (const edge of edges) byA[fill[edge.a]!++] = edge;
  const sorted: SimilarityEdge[] = [];
  for (let a = 0; a < size; a++) {
    const from = sorted.length;
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const edge = byA[k]!;
      let index = sorted.length;
      while (index > from && sorted[index - 1]!.b > edge.b) index--;
      if (index > from && sorted[index - 1]!.b === edge.b) continue;
      for (let at = sorted.length; at > index; at--) sorted[at] = sorted[at - 1]!;
      sorted[index] = edge;
    }
  }
  return sorted;
}
