import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { selectSentences } from "./select-sentences.js";

const vector = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("selectSentences", () => {
  const options = { words: 20, lambda: 0.7, redundancy: 0.5, minScore: 0 };

  it("takes the best sentences that fit the budget and skips repeats", () => {
    const sentences = [
      { score: 1, words: 10, vector: vector({ a: 1 }), eligible: true },
      { score: 0.9, words: 10, vector: vector({ a: 1 }), eligible: true },
      { score: 0.5, words: 12, vector: vector({ b: 1 }), eligible: true },
      { score: 0.4, words: 8, vector: vector({ c: 1 }), eligible: true },
    ];
    assert.deepEqual(selectSentences(sentences, options), [0, 3]);
  });

  it("never takes an ineligible sentence, nor one longer than the budget", () => {
    const sentences = [
      { score: 1, words: 5, vector: vector({ a: 1 }), eligible: false },
      { score: 0.8, words: 25, vector: vector({ b: 1 }), eligible: true },
      { score: 0.1, words: 5, vector: vector({ c: 1 }), eligible: true },
    ];
    assert.deepEqual(selectSentences(sentences, options), [2]);
    assert.deepEqual(selectSentences([], options), []);
  });

  it("leaves out sentences scored too far below the best", () => {
    const sentences = [
      { score: 1, words: 5, vector: vector({ a: 1 }), eligible: true },
      { score: 0.5, words: 5, vector: vector({ b: 1 }), eligible: true },
      { score: 0, words: 5, vector: vector({ c: 1 }), eligible: true },
    ];
    assert.deepEqual(selectSentences(sentences, { ...options, minScore: 0.3 }), [0, 1]);
  });

  it("takes one sentence of a statement across languages, whatever their words; within a language, the words decide", () => {
    const sentences = [
      { score: 1, words: 5, vector: vector({ a: 1 }), eligible: true, statement: 0, language: "es" },
      { score: 0.9, words: 5, vector: vector({ b: 1 }), eligible: true, statement: 0, language: "pt" },
      { score: 0.8, words: 5, vector: vector({ c: 1 }), eligible: true, statement: 0, language: "es" },
    ];
    assert.deepEqual(selectSentences(sentences, options), [0, 2]);
  });
});
