import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("English demonyms (blockDemonyms)", () => {
  it("en: 'Italian officials', 'the Mexican government', 'the Italians' name nobody; a name they open stays", () => {
    const found = entitiesByName(
      "On Monday, Italian officials said it was over. The Mexican government agreed, and the Italians were relieved. " +
        "American Airlines cancelled flights to Rome.",
      "en",
    );
    for (const name of ["Italian", "Mexican", "Italians"]) assert.equal(found.has(name), false, name);
    assert.equal(found.get("American Airlines")?.type, "organization");
    assert.equal(found.get("Rome")?.type, "place");
  });

  it("leaves a surname alone ('Bill English'), and the same words in other languages, which write demonyms in lower case", () => {
    const english = entitiesByName("Former prime minister Bill English said on Monday that he would stay.", "en");
    assert.equal(english.get("Bill English")?.type, "person");
    const french = entitiesByName("Le footballeur Thomas German a marqué deux buts samedi.", "fr");
    assert.equal(french.get("Thomas German")?.type, "person");
    // Alone, after a comma: still his name in French, where no demonym is capitalised.
    const again = entitiesByName("Le footballeur Thomas German a marqué. Selon German, le match était serré.", "fr");
    assert.equal(again.get("Thomas German")?.mentions, 2);
  });
});
