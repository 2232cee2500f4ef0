import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { extractEntities } from "./extract-entities.js";
import { isFirstName } from "./first-names.js";

describe("isFirstName", () => {
  it("knows given names of the curated list and of faker's locales", () => {
    for (const name of ["Pierre", "Jean-Claude", "Ugo", "Haïm", "Zineb", "Massimiliano", "Yaël"])
      assert.ok(isFirstName(name), name);
  });

  it("takes no word, place or month for a given name, accents aside", () => {
    // Faker lists "Islam", "Sante" (Italian), "Libère", "Aurore", "Florence", "Avril": each is a word, a place or a
    // month in the text recoupe reads ("Seif el-Islam", "Santé publique France", "Le Dauphiné libéré").
    for (const word of ["Islam", "Santé", "Libéré", "Aurore", "Florence", "Avril", "Austin"])
      assert.equal(isFirstName(word), false, word);
  });
});

describe("given names split a party or an outlet from the person after it", () => {
  it("'le député LFI Ugo Bernalicis', 'a indiqué à l'AFP Amir Hossain Chowdhury'", () => {
    const text =
      "Le député LFI Ugo Bernalicis a dénoncé la mesure. « Nous avons trouvé 39 corps », a indiqué à l'AFP Amir Hossain Chowdhury, un responsable de la police.";
    const entities = extractEntities([makeAnalyzedArticle(text, { id: testArticleId(1), language: "fr" })]);
    const typeOf = (name: string) => entities.find((entity) => entity.name === name)?.type;
    assert.equal(typeOf("Ugo Bernalicis"), "person");
    assert.equal(typeOf("LFI"), "organization");
    assert.equal(typeOf("Amir Hossain Chowdhury"), "person");
    assert.equal(typeOf("AFP"), "organization");
  });
});
