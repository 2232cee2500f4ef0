import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { isListedSurname } from "./listed-surname.js";

describe("common surnames (isListedSurname)", () => {
  it("knows surnames of faker's locales, as names only: no word, no given name, no acronym", () => {
    for (const name of ["Dupont", "Fleury", "Ackermann", "Santoro"]) assert.ok(isListedSurname(name), name);
    for (const word of ["Moreau", "Pierre", "ITT", "Paris"]) assert.equal(isListedSurname(word), false, word);
    // Nor a brand named after a family: "Ferrari" alone is as often the team as a person (family-brands.ts).
    assert.equal(isListedSurname("Ferrari"), false);
  });

  it("fr: a lone surname with no other cue is a person", () => {
    const found = entitiesByName(
      "Le rapport rédigé par Dupont fut lu devant la commission, puis Fleury répondit.",
      "fr",
    );
    assert.equal(found.get("Dupont")?.type, "person");
    assert.equal(found.get("Fleury")?.type, "person");
  });

  it("it, fr: a racing team or a peak heads its name ('Scuderia Ferrari', 'pointe Dufour')", () => {
    assert.equal(
      entitiesByName("La Scuderia Ferrari ha vinto a Monza.", "it").get("Scuderia Ferrari")?.type,
      "organization",
    );
    assert.equal(entitiesByName("Ils ont atteint la pointe Dufour à midi.", "fr").get("pointe Dufour")?.type, "place");
  });
});
