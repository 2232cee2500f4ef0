import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { cosine, type TermVector } from "../../similarity/index.js";
import { SentenceIndex } from "./sentence-index.js";

/** A unit-length vector over a few of `vocabulary`'s terms. */
function randomVector(random: () => number, vocabulary: readonly string[]): TermVector {
  const vector: TermVector = new Map();
  const size = 1 + Math.floor(random() * 6);
  for (let k = 0; k < size; k++) vector.set(vocabulary[Math.floor(random() * vocabulary.length)]!, 0.1 + random());
  const length = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

describe("SentenceIndex", () => {
  it("visits every vector sharing a term with the query, once, with its cosine, query after query", () => {
    const random = seededRandom(3);
    const vocabulary = Array.from({ length: 40 }, (_, index) => `t${index}`);
    const vectors = Array.from({ length: 300 }, () => randomVector(random, vocabulary));
    const index = new SentenceIndex(vectors);
    // Many queries on one index: what one query leaves behind must not show in the next.
    for (let query = 0; query < 200; query++) {
      const vector = randomVector(random, vocabulary);
      const from = Math.floor(random() * vectors.length);
      const skip = { from, to: Math.min(vectors.length, from + Math.floor(random() * 20)) };
      const visited = new Map<number, number>();
      index.forEachSimilar(
        vector,
        (at, similarity) => {
          assert.ok(!visited.has(at), `vector ${at} visited twice`);
          visited.set(at, similarity);
        },
        skip,
      );
      vectors.forEach((other, at) => {
        const shares = [...vector.keys()].some((term) => other.has(term));
        const skipped = at >= skip.from && at < skip.to;
        assert.equal(visited.has(at), shares && !skipped, `query ${query}, vector ${at}`);
        if (visited.has(at)) assert.ok(Math.abs(visited.get(at)! - cosine(vector, other)) < 1e-12);
      });
    }
  });
});
