import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("the long s of old print read by OCR as an f (longSPlace)", () => {
  it("fr: 'Ruffie', 'Afie', 'Conflantinople' are Russie, Asie and Constantinople", () => {
    const found = entitiesByName("Les troupes de la Ruffie marchent vers Conflantinople et l'Afie.", "fr");
    for (const name of ["Ruffie", "Afie", "Conflantinople"]) assert.equal(found.get(name)?.type, "place", name);
  });

  it("fr: a word written with its own f stays what it is ('Jefferson', 'Buffalo')", () => {
    const found = entitiesByName("Le président Jefferson arriva à Buffalo.", "fr");
    assert.equal(found.get("Jefferson")?.type, "person");
  });
});
