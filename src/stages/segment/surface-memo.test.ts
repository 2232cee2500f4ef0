import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SurfaceMemo } from "./surface-memo.js";

describe("SurfaceMemo", () => {
  it("computes each word once, by its offsets, and returns one shared value", () => {
    const computed: string[] = [];
    const memo = new SurfaceMemo((surface) => {
      computed.push(surface);
      return { surface, upper: surface.toUpperCase() };
    }, 1_000);
    const text = "la paix, la guerre, la paix";
    const first = memo.valueOf(text, 0, 2);
    assert.deepEqual(first, { surface: "la", upper: "LA" });
    assert.equal(memo.valueOf(text, 9, 11), first);
    assert.equal(memo.valueOf(text, 3, 7).upper, "PAIX");
    assert.equal(memo.valueOf(text, 23, 27), memo.valueOf(text, 3, 7));
    assert.deepEqual(computed, ["la", "paix"]);
  });

  it("tells apart many words through its growth, and keeps the previous generation when full", () => {
    const computed: string[] = [];
    const memo = new SurfaceMemo((surface) => {
      computed.push(surface);
      return { surface };
    }, 5_000);
    const words = Array.from({ length: 4_000 }, (_, index) => `w${index.toString(36)}é`);
    const text = words.join(" ");
    const offsets: [number, number][] = [];
    let start = 0;
    for (const word of words) {
      offsets.push([start, start + word.length]);
      start += word.length + 1;
    }
    for (let round = 0; round < 2; round++) {
      for (const [index, [from, to]] of offsets.entries())
        assert.equal(memo.valueOf(text, from, to).surface, words[index]);
    }
    assert.equal(computed.length, 4_000);
    // Past capacity the full table becomes the previous generation: its words are moved, not recomputed.
    const more = Array.from({ length: 2_000 }, (_, index) => `z${index}`);
    for (const word of more) assert.equal(memo.valueOf(word, 0, word.length).surface, word);
    for (const [index, [from, to]] of offsets.entries())
      assert.equal(memo.valueOf(text, from, to).surface, words[index]);
    assert.equal(computed.length, 6_000);
    // Two generations later, words unseen for a whole generation are computed again.
    const others = Array.from({ length: 10_000 }, (_, index) => `y${index}`);
    for (const word of others) memo.valueOf(word, 0, word.length);
    const [from, to] = offsets[0]!;
    assert.equal(memo.valueOf(text, from, to).surface, words[0]);
    assert.equal(computed.at(-1), words[0]);
  });

  it("keeps a word of its own, not a view into the text it was first seen in", () => {
    const memo = new SurfaceMemo((surface) => ({ surface }), 10);
    const text = `${"x".repeat(100)} anticonstitutionnellement ${"y".repeat(100)}`;
    assert.equal(memo.valueOf(text, 101, 126).surface, "anticonstitutionnellement");
    const long = "é".repeat(10_000);
    assert.equal(memo.valueOf(long, 0, long.length).surface, long);
  });
});
