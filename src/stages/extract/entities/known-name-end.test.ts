import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("known names through short words (knownNameEnd)", () => {
  it("en, fr: a known place goes on through short lower-case words (« Dar es Salaam », « Bosnia and Herzegovina »)", () => {
    const english = entitiesByName(
      "Officials from Dar es Salaam and Bosnia and Herzegovina met those of Trinidad and Tobago. Paris and London agreed.",
      "en",
    );
    for (const name of ["Dar es Salaam", "Bosnia and Herzegovina", "Trinidad and Tobago", "Paris", "London"])
      assert.equal(english.get(name)?.type, "place", name);
    assert.equal(entitiesByName("Il est arrivé mardi à Dar es Salaam.", "fr").get("Dar es Salaam")?.type, "place");
  });
});
describe("listed names that go on after their first word (knownLowerEnd)", () => {
  it("fr, it, es: a broadcaster named by a place and a number is an organisation, and the place stays apart", () => {
    const fr = entitiesByName("Le ministre a parlé sur France 2, puis à Europe 1. La France votera.", "fr");
    assert.equal(fr.get("France 2")?.type, "organization");
    assert.equal(fr.get("Europe 1")?.type, "organization");
    assert.equal(fr.get("France")?.type, "place");
    assert.equal(fr.get("France")?.mentions, 1);
    assert.equal(entitiesByName("Lo ha detto a Canale 5 e a Rai 3.", "it").get("Canale 5")?.type, "organization");
    assert.equal(entitiesByName("Lo dijo en Antena 3 ayer.", "es").get("Antena 3")?.type, "organization");
  });

  it("fr: a score after a country is no broadcaster ('France 2-1', 'France 3 Irlande 0', 'France 3 points')", () => {
    for (const text of [
      "La France 2-1 contre l'Italie, dit-il.",
      "À la mi-temps : France 3 Irlande 0. Le match reprend.",
      "Classement : France 3 points, Irlande 1 point.",
    ]) {
      const found = entitiesByName(text, "fr");
      assert.equal(found.get("France")?.type, "place", text);
      assert.equal(found.get("France 2") ?? found.get("France 3"), undefined, text);
    }
  });
});
