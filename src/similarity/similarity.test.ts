import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentText } from "../stages/segment/index.js";
import { cosine, DocumentFrequencies, termCounts, weightVector } from "./index.js";

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
