import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("the words before a name (NameContext)", () => {
  it("fr: a head word after a verb or a subject pronoun is a verb, not the head of a name", () => {
    const found = entitiesByName("Il est parti pour l'Amérique en 1920. Elle place l'Europe au centre.", "fr");
    assert.equal(found.has("parti pour l'Amérique"), false);
    assert.equal(found.get("Amérique")?.type, "place");
    assert.equal(found.has("place l'Europe"), false);
    // A head after a determiner stays part of the name.
    const kept = entitiesByName("Le parti de la Liberté a gagné. Il a visité le ministère de la Défense.", "fr");
    assert.equal(kept.get("parti de la Liberté")?.type, "organization");
    assert.equal(kept.get("ministère de la Défense")?.type, "organization");
  });

  it("fr, en: a generic place head before a name says it is a place, a noble title does not", () => {
    const found = entitiesByName(
      "La ville de Varna a fermé son port. Les habitants du district de Zoug ont voté. The county of Tyrone voted.",
      "fr",
    );
    assert.equal(found.get("Varna")?.type, "place");
    assert.equal(found.get("Zoug")?.type, "place");
    const count = entitiesByName("M. le comte de Metternich a parlé. Metternich est reparti.", "fr");
    assert.notEqual(count.get("Metternich")?.type, "place");
  });

  it("fr: no place after an idiom ('face à', 'grâce à', 'a succédé à', 'à la place de')", () => {
    const found = entitiesByName(
      "Elle s'est inclinée face à Bencic. Il a succédé à Kowalczyk. Il est entré à la place de Forlán. " +
        "Ils se sont réunis place de la Concorde.",
      "fr",
    );
    for (const name of ["Bencic", "Kowalczyk", "Forlán"]) assert.notEqual(found.get(name)?.type, "place", name);
    assert.equal(found.has("place de Forlán"), false);
    assert.equal(found.get("place de la Concorde")?.type, "place");
  });

  it("en, fr: a given name known in many languages makes a person ('Belinda Bencic', 'Novak Djokovic')", () => {
    const found = entitiesByName("The final went to Belinda Bencic. Novak Djokovic withdrew from Wimbledon.", "en");
    assert.equal(found.get("Belinda Bencic")?.type, "person");
    assert.equal(found.get("Novak Djokovic")?.type, "person");
  });
});
