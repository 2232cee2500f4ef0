import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle } from "../../../../test/support/analyzed-article.js";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { recognizeMentions } from "./recognize-mentions.js";

/** The type of each mention's name, by name. */
function typesOf(text: string, language: string): Map<string, string> {
  const doc = makeAnalyzedArticle(text, { language });
  return new Map(recognizeMentions([doc]).map((mention) => [mention.name, mention.type]));
}

describe("capitalised common words (hasCommonWordInside)", () => {
  it("es: a noun phrase in capitals, whose words the story writes in lower case, is no person", () => {
    const types = typesOf(
      "La Guerra Civil Siria empezó en 2011. La guerra civil dura. El Observatorio Sirio cuenta los muertos, " +
        "como otro observatorio sirio. Pacho Alonso cantó.",
      "es",
    );
    assert.notEqual(types.get("Guerra Civil Siria"), "person");
    assert.notEqual(types.get("Observatorio Sirio"), "person");
    assert.equal(types.get("Pacho Alonso"), "person");
  });

  it("en: a given name first keeps a person, and a month after it is a surname ('Theresa May', 'Tim Cook')", () => {
    const found = entitiesByName("Theresa May spoke. Tim Cook listened. You may cook.", "en");
    assert.equal(found.get("Theresa May")?.type, "person");
    assert.equal(found.get("Tim Cook")?.type, "person");
  });

  it("es: Côte d'Ivoire under its Spanish name is a place", () => {
    assert.equal(entitiesByName("Costa de Marfil y Sudáfrica votaron.", "es").get("Costa de Marfil")?.type, "place");
  });
});
