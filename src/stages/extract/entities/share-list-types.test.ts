import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { type ListItem, shareListTypes } from "./share-list-types.js";

describe("members of a list share their type (shareListTypes)", () => {
  it("fr: names with no cue of their own take the type the cues of the others agree on", () => {
    const found = entitiesByName("Le typhon a touché Manille, Bohol, Panay et Mindanao.", "fr");
    for (const name of ["Bohol", "Panay", "Mindanao"]) assert.equal(found.get(name)?.type, "place", name);
  });

  it("fr: a list repeats its « de » before every member; where only some follow one, they are complements", () => {
    const text = "les îles de Luçon, de Bohol et de Vorlax";
    const item = (name: string, place: number): ListItem => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, votes: { person: 0, place, organization: 0, other: 0.5 } };
    };
    const items = [item("Luçon", 3), item("Bohol", 3), item("Vorlax", 0)];
    shareListTypes(items, text, "fr");
    assert.ok(items[2]!.votes.place > 0);
    const people = entitiesByName("Ont gagné M. Durand, de Lannion, et M. Martin, de Guingamp.", "fr");
    assert.equal(people.get("Lannion")?.type, "place");
    assert.equal(people.get("Guingamp")?.type, "place");
    assert.equal(people.get("Martin")?.type, "person");
  });

  it("fr: no type is shared when the cues disagree, or by a pair", () => {
    const mixed = entitiesByName("Étaient là la France, Vorlax et M. Dupont.", "fr");
    assert.notEqual(mixed.get("Vorlax")?.type, "place");
    assert.notEqual(mixed.get("Vorlax")?.type, "person");
    const pair = entitiesByName("Il a parlé de Paris et Vorlax.", "fr");
    assert.notEqual(pair.get("Vorlax")?.type, "place");
  });
});
