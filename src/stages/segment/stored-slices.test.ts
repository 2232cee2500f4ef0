import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashOf, StoredSlices } from "./stored-slices.js";

describe("StoredSlices", () => {
  it("keeps each piece to compare and hash as its text gives it, through growth", () => {
    const slices = new StoredSlices();
    const text = Array.from({ length: 5000 }, (_, k) => `mot${k}é`).join(" ");
    const pieces: [number, number][] = [];
    for (let start = 0; start < text.length; ) {
      const end = text.indexOf(" ", start) === -1 ? text.length : text.indexOf(" ", start);
      assert.equal(slices.add(text, start, end), pieces.length);
      pieces.push([start, end]);
      start = end + 1;
    }
    assert.equal(slices.size, 5000);
    for (const [piece, [start, end]] of pieces.entries()) {
      assert.ok(slices.holds(piece, text, start, end));
      assert.ok(!slices.holds(piece, text, start, end - 1));
      assert.equal(slices.hashOf(piece), hashOf(text, start, end));
    }
    assert.ok(!slices.holds(0, "mot1é", 0, 5));
    assert.equal(slices.add("", 0, 0), 5000);
    assert.ok(slices.holds(5000, "abc", 1, 1));
  });
});
