import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { meanRougeF1, rougeN, rougeTokens } from "./rouge.js";

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe("ROUGE-N", () => {
  it("tokenizes lowercase \\w+ words, splitting elisions and keeping accents", () => {
    assert.deepEqual(rougeTokens("L'État a dit « non » à 100 000 soldats."), [
      "l",
      "état",
      "a",
      "dit",
      "non",
      "à",
      "100",
      "000",
      "soldats",
    ]);
  });

  it("matches hand-computed unigram and bigram overlaps", () => {
    // candidate: the cat sat on the mat (6 unigrams, 5 bigrams)
    // reference: the cat was on the mat today (7 unigrams, 6 bigrams)
    // unigram overlap: the×2, cat, on, mat = 5 → P 5/6, R 5/7, F 2·(5/6)(5/7)/((5/6)+(5/7)) = 10/13
    // bigram overlap: "the cat", "on the", "the mat" = 3 → P 3/5, R 3/6, F 6/11
    const one = rougeN("The cat sat on the mat.", "the cat was on the mat today", 1);
    close(one.precision, 5 / 6);
    close(one.recall, 5 / 7);
    close(one.f1, 10 / 13);
    const two = rougeN("The cat sat on the mat.", "the cat was on the mat today", 2);
    close(two.precision, 3 / 5);
    close(two.recall, 3 / 6);
    close(two.f1, 6 / 11);
  });

  it("clips repeated n-grams to the reference count", () => {
    // candidate "a a a a" vs reference "a b": overlap min(4, 1) = 1 → P 1/4, R 1/2, F 1/3
    close(rougeN("a a a a", "a b", 1).f1, 1 / 3);
  });

  it("averages F1 over references and gives 0 with no overlap", () => {
    close(meanRougeF1("the cat sat on the mat", ["the cat was on the mat today", "dogs bark"], 1), (10 / 13 + 0) / 2);
    assert.equal(rougeN("", "anything", 1).f1, 0);
  });
});
