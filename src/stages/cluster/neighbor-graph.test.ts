import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../../test/support/seeded-random.js";
import type { SparseVector } from "../../similarity/sparse-vector.js";
import { mergeNeighborGraphParts, neighborGraph, neighborGraphPart, neighborGraphParts } from "./neighbor-graph.js";
import { DEFAULT_STORY_CLUSTERER_OPTIONS } from "./story-clusterer-options.js";

/** 600 unit vectors over 400 terms in 30 topics (shared terms, a few common ones), with days over two months. */
function corpus(): { vectors: SparseVector[]; days: (number | null)[] } {
  const next = seededRandom(7);
  const vectors: SparseVector[] = [];
  const days: (number | null)[] = [];
  for (let item = 0; item < 600; item++) {
    const topic = item % 30;
    const terms = new Set<number>();
    while (terms.size < 12)
      terms.add(next() < 0.7 ? topic * 12 + Math.floor(next() * 12) : 360 + Math.floor(next() * 40));
    const sorted = [...terms].sort((x, y) => x - y);
    const weights = sorted.map(() => 0.2 + next());
    const length = Math.hypot(...weights);
    vectors.push({ terms: Int32Array.from(sorted), weights: Float64Array.from(weights, (w) => w / length) });
    days.push(next() < 0.1 ? null : 19_000 + Math.floor(next() * 60));
  }
  return { vectors, days };
}

describe("neighbour graph split in parts", () => {
  it("gives the whole graph and every item's nearest similarities to the last bit, however many parts", () => {
    const { vectors, days } = corpus();
    const settings = DEFAULT_STORY_CLUSTERER_OPTIONS;
    const nearest = new Float64Array(vectors.length * settings.neighbors);
    const whole = neighborGraph(vectors, days, settings, nearest);
    assert.ok(whole.length > vectors.length, `a graph with edges (${whole.length})`);
    for (const count of [1, 2, 3, 7]) {
      const parts = neighborGraphParts(vectors, days, settings, count);
      const merged = mergeNeighborGraphParts(parts, parts.map(neighborGraphPart), vectors.length);
      assert.deepEqual(merged.edges, whole, `${count} parts: edges`);
      assert.deepEqual(merged.nearest, nearest, `${count} parts: nearest similarities`);
    }
  });
});
