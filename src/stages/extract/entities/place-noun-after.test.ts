import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a place noun after a name (placeNounAfter)", () => {
  it("en: a name before 'village', 'district' or 'province' is a place, even alone and seen once", () => {
    const found = entitiesByName(
      "Residents of Bukit Sama village fled. The quake hit Bener Meriah district and Hormozgan province on Sunday.",
      "en",
    );
    for (const name of ["Bukit Sama", "Bener Meriah", "Hormozgan"]) assert.equal(found.get(name)?.type, "place", name);
  });

  it("en: a camp follows people too, and other languages put the noun first", () => {
    assert.equal(
      entitiesByName("The Clinton camp said so, Hillary Clinton added.", "en").get("Hillary Clinton")?.type,
      "person",
    );
    assert.equal(entitiesByName("Pierre Dupont village est une blague.", "fr").get("Pierre Dupont")?.type, "person");
  });
});
