import type { SparseVector } from "../../similarity/sparse-vector.js";
import { findNearestNeighbors, mergeNeighborGraphs, type SimilarityEdge } from "./nearest-neighbors.js";
import type { StoryClustererOptions } from "./story-clusterer-options.js";
import { timeProximity } from "./time-proximity.js";

/**
 * The nearest-neighbour graph that average-link starts from (similarity: cosine × time proximity);
 * fills `nearest` (`settings.neighbors` slots per item) with each item's nearest similarities when
 * given (see `NearestNeighborOptions.nearest`). With `range`, only the neighbours those items find
 * (see `NearestNeighborOptions.range`).
 */
export function neighborGraph(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  settings: StoryClustererOptions,
  nearest?: Float64Array,
  range?: readonly [number, number],
): SimilarityEdge[] {
  return findNearestNeighbors(vectors, {
    neighbors: settings.neighbors,
    minSimilarity: settings.minSimilarity / 2,
    queryTerms: 30,
    maxPostings: 200,
    candidates: settings.neighbors * 3,
    pairFactor: (a, b) => timeProximity(days[a]!, days[b]!),
    ...(nearest !== undefined ? { nearest } : {}),
    ...(range !== undefined ? { range } : {}),
  });
}

/**
 * The graph of a whole clustering and every item's nearest similarities (`settings.neighbors` per
 * item, see `NearestNeighborOptions.nearest`), however the search was run.
 */
export interface NeighborGraph {
  edges: SimilarityEdge[];
  nearest: Float64Array;
}

/**
 * Runs the neighbour search of a whole clustering, e.g. split over worker threads (`neighborGraphPart`
 * on each part, `mergeNeighborGraphParts` after): same graph as `neighborGraph` to the last bit.
 */
export type NeighborSearch = (
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  settings: StoryClustererOptions,
) => Promise<NeighborGraph>;

/** Sparse vectors laid flat, on shared memory: handed to worker threads without a copy. */
export interface PackedVectors {
  /** Item `k`'s terms and weights at `offsets[k] .. offsets[k + 1]`. */
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
}

/** One part of a neighbour search, as sent to a worker thread. */
export interface NeighborGraphPart {
  vectors: PackedVectors;
  /** Day of each item, NaN when undated. */
  days: Float64Array;
  settings: StoryClustererOptions;
  range: [from: number, to: number];
}

/** The edges a part found, as columns, and the nearest similarities of its items (their rows, `range` order). */
export interface NeighborGraphPartResult {
  a: Int32Array;
  b: Int32Array;
  cosine: Float64Array;
  similarity: Float64Array;
  nearest: Float64Array;
}

export function packVectors(vectors: readonly SparseVector[]): PackedVectors {
  let total = 0;
  for (const vector of vectors) total += vector.terms.length;
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (vectors.length + 1)));
  const terms = new Int32Array(new SharedArrayBuffer(4 * total));
  const weights = new Float64Array(new SharedArrayBuffer(8 * total));
  vectors.forEach((vector, item) => {
    const at = offsets[item]!;
    terms.set(vector.terms, at);
    weights.set(vector.weights, at);
    offsets[item + 1] = at + vector.terms.length;
  });
  return { offsets, terms, weights };
}

function unpackVectors({ offsets, terms, weights }: PackedVectors): SparseVector[] {
  const vectors: SparseVector[] = [];
  for (let item = 0; item + 1 < offsets.length; item++) {
    const [from, to] = [offsets[item]!, offsets[item + 1]!];
    vectors.push({ terms: terms.subarray(from, to), weights: weights.subarray(from, to) });
  }
  return vectors;
}

/** The parts of the search of `vectors`, `count` ranges of about equal size. */
export function neighborGraphParts(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  settings: StoryClustererOptions,
  count: number,
): NeighborGraphPart[] {
  const packed = packVectors(vectors);
  const dayColumn = new Float64Array(new SharedArrayBuffer(8 * days.length));
  days.forEach((day, item) => {
    dayColumn[item] = day ?? Number.NaN;
  });
  const parts: NeighborGraphPart[] = [];
  for (let k = 0; k < count; k++) {
    const range: [number, number] = [
      Math.floor((k * vectors.length) / count),
      Math.floor(((k + 1) * vectors.length) / count),
    ];
    if (range[1] > range[0]) parts.push({ vectors: packed, days: dayColumn, settings, range });
  }
  return parts;
}

/** Searches one part (on a worker thread). */
export function neighborGraphPart(part: NeighborGraphPart): NeighborGraphPartResult {
  const vectors = unpackVectors(part.vectors);
  const days = Array.from(part.days, (day) => (Number.isNaN(day) ? null : day));
  const width = part.settings.neighbors;
  const all = new Float64Array(vectors.length * width);
  const edges = neighborGraph(vectors, days, part.settings, all, part.range);
  return {
    a: Int32Array.from(edges, (edge) => edge.a),
    b: Int32Array.from(edges, (edge) => edge.b),
    cosine: Float64Array.from(edges, (edge) => edge.cosine),
    similarity: Float64Array.from(edges, (edge) => edge.similarity),
    nearest: all.slice(part.range[0] * width, part.range[1] * width),
  };
}

/** The whole graph from the results of `parts` (in the same order). */
export function mergeNeighborGraphParts(
  parts: readonly NeighborGraphPart[],
  results: readonly NeighborGraphPartResult[],
  size: number,
): NeighborGraph {
  const width = parts[0]?.settings.neighbors ?? 0;
  const nearest = new Float64Array(size * width);
  const edgeLists = results.map((result, k) => {
    nearest.set(result.nearest, parts[k]!.range[0] * width);
    return Array.from(result.a, (a, e) => ({
      a,
      b: result.b[e]!,
      cosine: result.cosine[e]!,
      similarity: result.similarity[e]!,
    }));
  });
  return { edges: mergeNeighborGraphs(edgeLists, size), nearest };
}
