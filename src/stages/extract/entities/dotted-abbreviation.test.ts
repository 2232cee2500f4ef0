import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("dotted abbreviations", () => {
  it("en: « U.S. », « U.K. » and « U.N. » are the places and the organisation they abbreviate, initials stay a name's", () => {
    const found = entitiesByName(
      "The U.S. and the U.K. asked the U.N. to act, J.R. Ewing said. Washington sent envoys to the U.S. Senate.",
      "en",
    );
    const us = found.get("U.S.");
    assert.equal(us?.type, "place");
    assert.equal(us?.mentions, 2);
    assert.equal(found.get("U.K.")?.type, "place");
    assert.equal(found.get("U.N.")?.type, "organization");
    assert.equal(found.get("J.R. Ewing")?.type, "person");
  });

  it("es: « EE. UU. », « EE.UU. » and « EEUU » are the United States, not the European Union (« UE »)", () => {
    const found = entitiesByName(
      "El Gobierno de EE. UU. y la UE firmaron. Según EE.UU., Rusia mintió. Los EEUU callaron. La UE respondió.",
      "es",
    );
    const us = [...found.values()].find((entity) => entity.variants.includes("EE. UU."));
    assert.equal(us?.type, "place");
    assert.deepEqual([...(us?.variants ?? [])].sort(), ["EE. UU.", "EE.UU.", "EEUU"]);
    assert.equal(found.get("UE")?.type, "organization");
    assert.deepEqual(found.get("UE")?.variants, ["UE"]);
    // Its letters in pairs are no spelling variant: English "EU" is still the European Union.
    const english = entitiesByName("The EU and the US agreed. Brussels said the EU would pay.", "en");
    assert.equal(english.get("EU")?.type, "organization");
    assert.equal(english.get("US")?.type, "place");
  });

  it("es: a sentence's first word is no listed name it only meets through the spelling key (« Llegó » is no Lego)", () => {
    const found = entitiesByName("Llegó a Madrid el lunes. Llegó tarde, dijo el ministro.", "es");
    assert.equal(found.has("Llegó"), false);
    assert.equal(found.get("Madrid")?.type, "place");
  });
});
