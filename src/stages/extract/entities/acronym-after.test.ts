import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { extractEntities } from "./index.js";

const entitiesOf = (texts: readonly [string, string][]) =>
  extractEntities(
    texts.map(([text, language], index) => makeAnalyzedArticle(text, { id: testArticleId(index + 1), language })),
  );

describe("a name and the acronym given after it (acronymAfter)", () => {
  it("makes one entity of a name, its acronym, and a name in another language given the same acronym", () => {
    const entities = entitiesOf([
      [
        "Selon l'Institut national de géophysique et de volcanologie (INGV), la secousse a été forte. L'INGV a ajouté un bilan.",
        "fr",
      ],
      ["The quake struck near Norcia, according to the National Institute of Geophysics and Volcanology (INGV).", "en"],
    ]);
    const institute = entities.find((entity) => entity.variants.includes("INGV"));
    assert.equal(institute?.type, "organization");
    assert.deepEqual([...institute!.variants].sort(), [
      "INGV",
      "Institut national de géophysique et de volcanologie",
      "National Institute of Geophysics and Volcanology",
    ]);
    assert.equal(institute?.mentions, 5);
  });

  it("joins no person to an agency credited after the name, nor to the party given after it", () => {
    const entities = entitiesOf([
      [
        "Sergueï Lavrov (AFP) a parlé vendredi. L'AFP a confirmé ses propos. Pour Marine Le Pen (RN), c'est une erreur.",
        "fr",
      ],
    ]);
    for (const [person, acronym] of [
      ["Sergueï Lavrov", "AFP"],
      ["Marine Le Pen", "RN"],
    ]) {
      const found = entities.find((entity) => entity.variants.includes(person!));
      assert.equal(found?.type, "person", person);
      assert.ok(!found?.variants.includes(acronym!), person);
    }
  });
});
