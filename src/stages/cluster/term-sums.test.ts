import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { SparseVector } from "../../similarity/sparse-vector.js";
import { type PairEntry, PairHeap } from "./pair-heap.js";
import { termScratch } from "./term-scratch.js";
import { dotSums, SpreadSum, TermSums } from "./term-sums.js";

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomVector(next: () => number, terms: number, vocabulary: number): SparseVector {
  const chosen = new Set<number>();
  while (chosen.size < terms) chosen.add(Math.floor(next() * vocabulary));
  const sorted = [...chosen].sort((x, y) => x - y);
  return { terms: Int32Array.from(sorted), weights: Float64Array.from(sorted, () => next()) };
}

/** What the sums were before: `Map`s filled in insertion order, dot products over the smaller one. */
function mapOf(vector: SparseVector): Map<number, number> {
  return new Map(Array.from(vector.terms, (term, k) => [term, vector.weights[k]!]));
}

function mapDot(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) total += weight * other;
  }
  return total;
}

describe("TermSums", () => {
  it("merges and takes dot products to the last bit as Maps in insertion order do", () => {
    const next = random(7);
    const vectors = Array.from({ length: 40 }, (_, k) => randomVector(next, 5 + (k % 7) * 9, 200));
    const sums = vectors.map((vector) => new TermSums(vector));
    const maps = vectors.map(mapOf);
    // Merge each odd vector into a running cluster, checking every kind of dot product on the way.
    for (let k = 1; k < vectors.length; k += 2) {
      for (let other = 0; other < vectors.length; other++) {
        assert.equal(dotSums(sums[0]!, sums[other]!), mapDot(maps[0]!, maps[other]!));
        assert.equal(dotSums(sums[other]!, sums[k]!), mapDot(maps[other]!, maps[k]!));
        const spread = new SpreadSum(sums[k]!, termScratch(200).pairs);
        assert.equal(spread.dot(sums[other]!), mapDot(maps[k]!, maps[other]!));
        spread.clear();
      }
      sums[0]!.addAll(sums[k]!);
      for (const [term, weight] of maps[k]!) maps[0]!.set(term, (maps[0]!.get(term) ?? 0) + weight);
      assert.deepEqual([...sums[0]!.terms.subarray(0, sums[0]!.size)], [...maps[0]!.keys()]);
    }
    assert.ok(termScratch(200).pairs.every((value) => value === 0));
  });
});

describe("PairHeap", () => {
  it("pops by score, then by the smaller pair", () => {
    const heap = new PairHeap();
    const pairs: [number, number, number][] = [
      [0.5, 3, 4],
      [0.9, 1, 2],
      [0.5, 1, 7],
      [0.7, 0, 9],
      [0.5, 1, 5],
    ];
    for (const [score, a, b] of pairs) heap.push({ score, a, b, versionA: a, versionB: b });
    const entry: PairEntry = { score: 0, a: 0, b: 0, versionA: 0, versionB: 0 };
    const popped: number[][] = [];
    while (heap.pop(entry)) popped.push([entry.score, entry.a, entry.b, entry.versionA, entry.versionB]);
    assert.deepEqual(popped, [
      [0.9, 1, 2, 1, 2],
      [0.7, 0, 9, 0, 9],
      [0.5, 1, 5, 1, 5],
      [0.5, 1, 7, 1, 7],
      [0.5, 3, 4, 3, 4],
    ]);
  });
});
