import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("well-known people named by their surname alone (isWellKnownPerson)", () => {
  it("fr, es, de: a lone surname of a well-known person is a person's, even opening a sentence", () => {
    const french = entitiesByName("Churchill et Staline se sont rencontrés. Selon Biden, la Russie bluffe.", "fr");
    for (const name of ["Churchill", "Staline", "Biden"]) assert.equal(french.get(name)?.type, "person", name);
    assert.equal(entitiesByName("Ayer, Putin amenazó a Kiev.", "es").get("Putin")?.type, "person");
    assert.equal(entitiesByName("Gestern hat Selenskyj gesprochen.", "de").get("Selenskyj")?.type, "person");
  });

  it("a surname that is as often a place is not listed: 'Hollande' stays the Netherlands' old name", () => {
    assert.equal(entitiesByName("Il a voyagé en Hollande et en Belgique.", "fr").get("Hollande")?.type, "place");
  });
});
