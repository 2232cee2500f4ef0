import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a company named with a possessive (possessiveCompanyEnd)", () => {
  it("en: 'Casey's General Stores Inc', 'McDonald's Corp', 'Standard & Poor's Corp' are one name each", () => {
    const found = entitiesByName(
      "Shares of Casey's General Stores Inc and McDonald's Corp rose, and Standard & Poor's Corp cut its rating.",
      "en",
    );
    for (const name of ["Casey's General Stores Inc", "McDonald's Corp", "Standard & Poor's Corp"])
      assert.equal(found.get(name)?.type, "organization", name);
  });

  it("en: an owner's possessive before a company's own name stays apart", () => {
    const found = entitiesByName(
      "Sweden's Electrolux AB rose. Chrysler Corp's Chrysler Motors Corp fell. Carl Icahn said Icahn's Transworld Airlines Inc would bid.",
      "en",
    );
    for (const name of ["Electrolux AB", "Chrysler Motors Corp", "Transworld Airlines Inc"])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.get("Carl Icahn")?.type, "person");
  });
});
