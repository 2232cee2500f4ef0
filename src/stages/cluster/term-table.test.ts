import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TermTable } from "./term-table.js";

describe("TermTable", () => {
  it("numbers terms in the order first met, as a Map would, whatever text they are read from", () => {
    const table = new TermTable();
    const reference = new Map<string, number>();
    const numberOf = (term: string): number => {
      if (!reference.has(term)) reference.set(term, reference.size);
      return reference.get(term)!;
    };
    // 300,000 distinct terms (many rehashes, more than a 17-bit index holds), each met again from a joined text.
    const terms = Array.from({ length: 300_000 }, (_, k) =>
      k % 3 === 0 ? `@${k.toString(36)}` : `t${(k * 7919) % 300_000}`,
    );
    for (const term of terms) assert.equal(table.numberOf(term), numberOf(term));
    const joined = terms.slice(0, 5000).reverse().join("\n");
    let start = 0;
    for (const term of terms.slice(0, 5000).reverse()) {
      assert.equal(table.numberAt(joined, start, start + term.length), reference.get(term), term);
      start += term.length + 1;
    }
    assert.equal(table.size, reference.size);
  });

  it("tells apart terms of the same hash bucket and prefixes of one another", () => {
    const table = new TermTable();
    const words = ["a", "ab", "abc", "", "b", "ba", "@a", "#12", "é", "e"];
    for (const [k, word] of words.entries()) assert.equal(table.numberOf(word), k);
    for (const [k, word] of words.entries()) assert.equal(table.numberAt(`x${word}y`, 1, 1 + word.length), k);
    assert.equal(table.size, words.length);
  });
});
