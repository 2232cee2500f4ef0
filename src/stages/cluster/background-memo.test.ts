import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asArticleId } from "../../domain/ids.js";
import { BackgroundMemo } from "./background-memo.js";
import type { TermIndex } from "./term-index.js";

/** An index whose nearest similarities are given, counting the neighbour searches asked of it. */
function fakeIndex(nearest: Record<string, number[]>) {
  const searches: string[] = [];
  const index = {
    nearestOf(id: string) {
      searches.push(id);
      return (nearest[id] ?? []).map((similarity) => ({ other: "x", similarity }));
    },
  } as unknown as TermIndex;
  return { index, searches };
}

describe("BackgroundMemo", () => {
  const a = asArticleId("a_0000000000000001");
  const b = asArticleId("a_0000000000000002");
  const c = asArticleId("a_0000000000000003");

  it("searches an article's nearest once, then remembers its background: the k-th, 0 with fewer", () => {
    const { index, searches } = fakeIndex({ [a]: [0.5, 0.4, 0.3], [b]: [0.6] });
    const memo = new BackgroundMemo(index, 3);
    assert.equal(memo.of(a), 0.3);
    assert.equal(memo.of(a), 0.3);
    assert.equal(memo.of(b), 0);
    assert.deepEqual(searches, [a, b]);
  });

  it("takes a whole clustering's rows, and searches only articles outside it", () => {
    const { index, searches } = fakeIndex({ [c]: [0.9, 0.8] });
    const memo = new BackgroundMemo(index, 2);
    memo.setAll([a, b], Float64Array.from([0.7, 0.2, 0.6, 0]));
    assert.deepEqual([memo.of(a), memo.of(b), memo.of(c)], [0.2, 0, 0.8]);
    assert.deepEqual(searches, [c]);
  });

  it("moves the background up to the next nearest when an added neighbour ranks among the k nearest", () => {
    const { index, searches } = fakeIndex({ [a]: [0.5, 0.4, 0.3], [b]: [0.6] });
    const memo = new BackgroundMemo(index, 3);
    memo.of(a);
    memo.of(b);
    // Farther than a's k-th neighbour (or as far): a's k nearest are the same.
    memo.neighborAdded(a, 0.3);
    memo.neighborAdded(a, 0.1);
    assert.equal(memo.of(a), 0.3);
    // Nearer: it takes its rank, and the old k-th leaves.
    memo.neighborAdded(a, 0.45);
    assert.equal(memo.of(a), 0.4);
    memo.neighborAdded(a, 0.9);
    assert.equal(memo.of(a), 0.45);
    // Fewer than k: an added one takes a free slot; the background stays 0 until the last fills.
    memo.neighborAdded(b, 0.7);
    assert.equal(memo.of(b), 0);
    memo.neighborAdded(b, 0.1);
    assert.equal(memo.of(b), 0.1);
    assert.deepEqual(searches, [a, b]);
  });

  it("has nothing to change for an article it never searched, and searches a forgotten one again", () => {
    const { index, searches } = fakeIndex({ [a]: [0.3], [b]: [0.4] });
    const memo = new BackgroundMemo(index, 1);
    memo.neighborAdded(a, 0.9);
    assert.equal(memo.of(a), 0.3);
    memo.of(b);
    memo.forget(a);
    memo.setNearest(c, [{ similarity: 0.8 }]);
    assert.deepEqual([memo.of(b), memo.of(c), memo.of(a)], [0.4, 0.8, 0.3]);
    assert.deepEqual(searches, [a, b, a]);
  });
});
