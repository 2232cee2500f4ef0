import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("acronyms that are common nouns (blockCommonNounAcronyms)", () => {
  it("fr: 'le PIB', 'un SUV' are no organisations, and 'l'ONG' is the kind of the name after it", () => {
    const found = entitiesByName(
      "Selon l'ONG Human Rights Watch, le PIB du pays a reculé. Le constructeur présente un SUV électrique.",
      "fr",
    );
    assert.equal(found.get("Human Rights Watch")?.type, "organization");
    for (const name of ["ONG Human Rights Watch", "PIB", "SUV", "ONG"]) assert.equal(found.has(name), false, name);
    // "MM" without its period is "Messieurs", no organisation: "Etaient présents MM, Emile Schaeffer".
    const present = entitiesByName("Etaient présents MM, Emile Schaeffer et MM. Louis Thorens.", "fr");
    assert.equal(present.has("MM"), false);
    assert.equal(present.get("Louis Thorens")?.type, "person");
  });

  it("en: 'as GDP grew', 'will sell LNG' name no organisation", () => {
    const found = entitiesByName(
      "Output rose as GDP grew 2 pct, its CEO said on Tuesday. Acme Corp will sell LNG.",
      "en",
    );
    for (const name of ["GDP", "CEO", "LNG"]) assert.equal(found.has(name), false, name);
    assert.equal(found.get("Acme Corp")?.type, "organization");
  });

  it("a time zone after a time is no organisation (GMT, UTC)", () => {
    const found = entitiesByName("The quake hit at 3:42 a.m. (0242 GMT) near Norcia. Talks start at 1400 UTC.", "en");
    assert.equal(found.has("GMT"), false);
    assert.equal(found.has("UTC"), false);
  });
});
