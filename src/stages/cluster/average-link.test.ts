import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SparseVector, sparseCosine } from "../../similarity/sparse-vector.js";
import { averageLinkClusters } from "./average-link.js";
import type { SimilarityEdge } from "./nearest-neighbors.js";

function unit(terms: number[], weights: number[]): SparseVector {
  const length = Math.hypot(...weights);
  return { terms: Int32Array.from(terms), weights: Float64Array.from(weights, (weight) => weight / length) };
}

describe("averageLinkClusters", () => {
  // Items 0 and 1 are nearly the same text (cosine 0.94); 2 and 3 share half their weight (0.5).
  const vectors = [unit([0, 1], [1, 1]), unit([0, 1, 2], [1, 1, 0.5]), unit([5, 6], [1, 1]), unit([5, 7], [1, 1])];
  const edges: SimilarityEdge[] = [
    [0, 1],
    [2, 3],
  ].map(([a, b]) => {
    const cosine = sparseCosine(vectors[a!]!, vectors[b!]!);
    return { a: a!, b: b!, cosine, similarity: cosine };
  });
  const options = { minSimilarity: 0.1, relativeSimilarity: 0.6, priorCohesion: 0.3, priorPairs: 1 };
  const days = [null, null, null, null];

  it("merges pairs that pass the absolute and the cohesion-relative test", () => {
    assert.deepEqual(averageLinkClusters(vectors, days, edges, options), [
      [0, 1],
      [2, 3],
    ]);
  });

  it("keeps apart items no closer to each other than to their k-th neighbour (their background)", () => {
    const backgrounds = Float64Array.from([0.6, 0.6, 0.6, 0.6]);
    assert.deepEqual(averageLinkClusters(vectors, days, edges, { ...options, backgrounds }), [[0, 1], [2], [3]]);
  });
});
