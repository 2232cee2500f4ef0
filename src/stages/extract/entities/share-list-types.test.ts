import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("members of a list share their type (shareListTypes)", () => {
  it("fr: names with no cue of their own take the type the cues of the others agree on", () => {
    const found = entitiesByName("Le typhon a touché Manille, Bohol, Panay et Mindanao.", "fr");
    for (const name of ["Bohol", "Panay", "Mindanao"]) assert.equal(found.get(name)?.type, "place", name);
  });

  it("fr: no type is shared when the cues disagree, or by a pair", () => {
    const mixed = entitiesByName("Étaient là la France, Vorlax et M. Dupont.", "fr");
    assert.notEqual(mixed.get("Vorlax")?.type, "place");
    assert.notEqual(mixed.get("Vorlax")?.type, "person");
    const pair = entitiesByName("Il a parlé de Paris et Vorlax.", "fr");
    assert.notEqual(pair.get("Vorlax")?.type, "place");
  });
});
