import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../test/support/seeded-random.js";
import { segmentText } from "../stages/segment/index.js";
import { cosine, DocumentFrequencies, sparseCosine, TermNumbering, termCounts, weightVector } from "./index.js";

describe("lexical similarity", () => {
  const a = segmentText("Les États-Unis promettent une réponse écrite la semaine prochaine.", "fr");
  const b = segmentText("Washington promet une réponse écrite aux exigences russes.", "fr");
  const c = segmentText("La Grèce autorise l'entrée avec un test antigénique.", "fr");

  it("counts content stems only", () => {
    assert.deepEqual([...termCounts(b.tokens).keys()], ["washington", "promet", "repons", "ecrit", "exigent", "russ"]);
  });

  it("scores related sentences above unrelated ones, and a vector with itself at 1", () => {
    const df = new DocumentFrequencies();
    for (const doc of [a, b, c]) df.add(termCounts(doc.tokens).keys());
    const [va, vb, vc] = [a, b, c].map((doc) => weightVector(termCounts(doc.tokens), (t) => df.idf(t)));
    assert.ok(cosine(va!, vb!) > 0.2);
    assert.equal(cosine(va!, vc!), 0);
    assert.ok(Math.abs(cosine(va!, va!) - 1) < 1e-9);
  });
});

describe("TermNumbering", () => {
  it("makes sparse vectors whose `sparseCosine` is the dot product `cosine` gives", () => {
    const random = seededRandom(11);
    const numbering = new TermNumbering();
    const vectors = Array.from({ length: 60 }, () => {
      const vector = new Map<string, number>();
      const size = Math.floor(random() * 30);
      for (let k = 0; k < size; k++) vector.set(`term${Math.floor(random() * 80)}`, random());
      return vector;
    });
    const packed = vectors.map((vector) => numbering.sparse(vector));
    for (let a = 0; a < vectors.length; a++)
      for (let b = 0; b < vectors.length; b++) {
        const expected = cosine(vectors[a]!, vectors[b]!);
        assert.ok(Math.abs(sparseCosine(packed[a]!, packed[b]!) - expected) < 1e-12, `vectors ${a} and ${b}`);
      }
    assert.equal(sparseCosine(numbering.sparse(new Map()), packed[0]!), 0);
  });
});
