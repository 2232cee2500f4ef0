import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("names written in capitals (isNameInCapitals)", () => {
  it("fr: a given name then a surname, or a title then a name, in capitals is a person", () => {
    const found = entitiesByName(
      "Le prix fut remis à CLARA MARC lors de la fête. Selon M. SCHULTHESS, le projet avance.",
      "fr",
    );
    assert.equal(found.get("CLARA MARC")?.type, "person");
    assert.equal(found.get("SCHULTHESS")?.type, "person");
  });

  it("fr: a headline in capitals names nothing ('ALAIN EST MORT': the story writes 'est mort')", () => {
    const found = entitiesByName("ALAIN EST MORT. L'acteur Alain Delon est mort hier.", "fr");
    assert.equal(found.has("ALAIN EST MORT"), false);
    assert.equal(found.get("Alain Delon")?.type, "person");
  });

  it("fr: a title-case word, then words in capitals, is a heading, unless a given name, a head or a numeral says a name", () => {
    const found = entitiesByName(
      "Maladies PEAU guéries. Sciatique RHUMATISMES soignés. Jean DUPONT est venu avec le Groupe PSA. Sous Napoléon III, la France changea.",
      "fr",
    );
    assert.equal(found.has("Maladies PEAU"), false);
    assert.equal(found.has("Sciatique RHUMATISMES"), false);
    assert.equal(found.get("Jean DUPONT")?.type, "person");
    assert.equal(found.get("Groupe PSA")?.type, "organization");
    assert.equal(found.get("Napoléon III")?.type, "person");
  });
});
