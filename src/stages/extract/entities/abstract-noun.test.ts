import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("German abstract nouns (isGermanAbstractNoun)", () => {
  it("de: 'in Berufung gehen', 'auf Bewährung' name no place; names so ending in a longer name stay", () => {
    const found = entitiesByName(
      "Sein Anwalt Laurent Dubois sagte, man werde in Berufung gehen. Zwei Jahre wurden auf Bewährung ausgesetzt. " +
        "Dennis Müller und die Gewerkschaft Verdi protestierten in Wolfsburg.",
      "de",
    );
    for (const name of ["Berufung", "Bewährung"]) assert.equal(found.has(name), false, name);
    assert.equal(found.get("Dennis Müller")?.type, "person");
    assert.equal(found.get("Wolfsburg")?.type, "place");
    assert.ok(found.has("Gewerkschaft Verdi"));
  });

  it("leaves the same words alone in other languages", () => {
    assert.ok(entitiesByName("Le groupe a racheté la société Berufung, a annoncé Marc Durand.", "fr").has("Berufung"));
  });
});
