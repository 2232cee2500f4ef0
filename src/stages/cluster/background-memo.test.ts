import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asArticleId } from "../../domain/ids.js";
import { BackgroundMemo } from "./background-memo.js";
import type { TermIndex } from "./term-index.js";

/** An index whose backgrounds are given, counting the neighbour searches asked of it. */
function fakeIndex(backgrounds: Record<string, number>) {
  const searches: string[] = [];
  const index = {
    backgroundOf(id: string) {
      searches.push(id);
      return backgrounds[id] ?? 0;
    },
  } as unknown as TermIndex;
  return { index, searches };
}

describe("BackgroundMemo", () => {
  const a = asArticleId("a_0000000000000001");
  const b = asArticleId("a_0000000000000002");

  it("searches an article's background once, then remembers it", () => {
    const { index, searches } = fakeIndex({ [a]: 0.3 });
    const memo = new BackgroundMemo(index);
    assert.equal(memo.of(a), 0.3);
    assert.equal(memo.of(a), 0.3);
    assert.deepEqual(searches, [a]);
  });

  it("keeps a background that an added neighbour cannot raise, and forgets one it can", () => {
    const { index, searches } = fakeIndex({ [a]: 0.3, [b]: 0.2 });
    const memo = new BackgroundMemo(index);
    memo.of(a);
    memo.of(b);
    // Farther than a's k-th neighbour (or as far): a's k nearest are the same.
    memo.neighborAdded(a, 0.3);
    memo.neighborAdded(a, 0.1);
    // Nearer than b's k-th neighbour: it is one of b's k nearest now.
    memo.neighborAdded(b, 0.25);
    memo.of(a);
    memo.of(b);
    assert.deepEqual(searches, [a, b, b]);
  });

  it("has nothing to forget for an article it never searched", () => {
    const { index, searches } = fakeIndex({ [a]: 0.3 });
    const memo = new BackgroundMemo(index);
    memo.neighborAdded(a, 0.9);
    assert.equal(memo.of(a), 0.3);
    assert.deepEqual(searches, [a]);
  });
});
