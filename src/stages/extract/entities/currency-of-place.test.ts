import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a place's currency (currencyOfPlace)", () => {
  it("en: 'Korean Won', 'South African Rand', 'Hong Kong Dollar' are nobody; 'Ayn Rand' is a person", () => {
    const found = entitiesByName(
      "Against the Korean Won the dollar rose. The South African Rand fell, as did the Hong Kong Dollar. Ayn Rand wrote it.",
      "en",
    );
    for (const name of ["Korean Won", "South African Rand", "Hong Kong Dollar"])
      assert.notEqual(found.get(name)?.type, "person", name);
    assert.equal(found.get("Ayn Rand")?.type, "person");
  });
});
