import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SparseVector, sparseCosine } from "../../similarity/sparse-vector.js";
import { bestScored } from "./best-scored.js";
import { backgroundsOf, findNearestNeighbors, topWeightPositions } from "./nearest-neighbors.js";

function unit(terms: number[], weights: number[]): SparseVector {
  const length = Math.hypot(...weights);
  return { terms: Int32Array.from(terms), weights: Float64Array.from(weights, (weight) => weight / length) };
}

describe("bestScored", () => {
  it("keeps the highest scores, ties going to the smaller item", () => {
    const scores = Float64Array.from([0.2, 0.9, 0.5, 0.9, 0.1, 0.5, 0.7]);
    const best = bestScored([6, 5, 4, 3, 2, 1, 0], scores, 4);
    assert.deepEqual(
      best.sort((x, y) => x - y),
      [1, 2, 3, 6],
    );
    assert.deepEqual(bestScored([0, 1], scores, 5).sort(), [0, 1]);
  });
});

describe("topWeightPositions", () => {
  it("lists the heaviest positions first (ties: earlier first), or every position in order when few", () => {
    const vector = { terms: Int32Array.from([1, 2, 3, 4, 5]), weights: Float64Array.from([0.1, 0.4, 0.2, 0.4, 0.3]) };
    assert.deepEqual(topWeightPositions(vector, 3), [1, 3, 4]);
    assert.deepEqual(topWeightPositions(vector, 5), [0, 1, 2, 3, 4]);
  });
});

describe("findNearestNeighbors", () => {
  it("links each item to its most similar ones, each pair once, with exact cosines", () => {
    const vectors = [
      unit([0, 1, 2], [3, 2, 1]),
      unit([0, 1, 3], [3, 2, 1]),
      unit([0, 2, 3], [1, 1, 1]),
      unit([7, 8], [1, 1]),
      unit([7, 8, 9], [1, 1, 0.5]),
    ];
    const edges = findNearestNeighbors(vectors, {
      neighbors: 2,
      minSimilarity: 0.1,
      queryTerms: 30,
      maxPostings: 200,
      candidates: 6,
    });
    assert.deepEqual(
      edges.map(({ a, b }) => [a, b]),
      [
        [0, 1],
        [0, 2],
        [1, 2],
        [3, 4],
      ],
    );
    for (const { a, b, cosine, similarity } of edges) {
      assert.equal(cosine, sparseCosine(vectors[a]!, vectors[b]!));
      assert.equal(similarity, cosine);
    }
  });

  it("gives each item's nearest similarities, best first, 0-padded, and its background: the k-th, 0 with fewer", () => {
    const vectors = [
      unit([0, 1], [2, 1]),
      unit([0, 1], [1, 1]),
      unit([0, 2], [1, 1]),
      unit([7, 8], [1, 1]),
      unit([7], [1]),
    ];
    const nearest = new Float64Array(vectors.length * 2);
    findNearestNeighbors(vectors, {
      neighbors: 2,
      minSimilarity: 0.1,
      queryTerms: 30,
      maxPostings: 200,
      candidates: 6,
      nearest,
    });
    const cosine = (a: number, b: number) => sparseCosine(vectors[a]!, vectors[b]!);
    const sorted = (...values: number[]) => values.sort((x, y) => y - x);
    assert.deepEqual(
      [...nearest],
      [
        ...sorted(cosine(0, 1), cosine(0, 2)),
        ...sorted(cosine(1, 0), cosine(1, 2)),
        ...sorted(cosine(2, 0), cosine(2, 1)),
        cosine(3, 4),
        0,
        cosine(4, 3),
        0,
      ],
    );
    assert.deepEqual(
      [...backgroundsOf(nearest, 2)],
      [
        Math.min(cosine(0, 1), cosine(0, 2)),
        Math.min(cosine(1, 0), cosine(1, 2)),
        Math.min(cosine(2, 0), cosine(2, 1)),
        0,
        0,
      ],
    );
  });
});
