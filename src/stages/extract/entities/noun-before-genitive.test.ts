import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("German nouns before a genitive (isNounBeforeGenitive) and the genitive article", () => {
  it("de: 'nach Angaben des …', 'laut Berichten der …' name nothing; 'von der', 'Van der' still join", () => {
    const found = entitiesByName(
      "Nach Angaben des Pentagons stehen Soldaten an der Grenze. Laut Berichten der Zeitung reiste Olaf Scholz " +
        "nach Kiew. Ursula von der Leyen und Alexander Van der Bellen kamen. Der Präsident der Ukraine sprach.",
      "de",
    );
    for (const wrong of ["Angaben", "Berichten der Zeitung", "Präsident der Ukraine"])
      assert.ok(!found.has(wrong), wrong);
    for (const person of ["Ursula von der Leyen", "Alexander Van der Bellen", "Olaf Scholz"])
      assert.equal(found.get(person)?.type, "person", person);
    assert.equal(found.get("Ukraine")?.type, "place");
  });

  it("ro: an organisation with its article is the listed organisation ('Pentagonului')", () => {
    const found = entitiesByName("Potrivit Pentagonului, soldații sunt la graniță.", "ro");
    assert.equal(found.get("Pentagonului")?.type, "organization");
  });
});
