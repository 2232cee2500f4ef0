import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("an English organisation's name through 'and' (organizationAfterAnd)", () => {
  it("en: 'and' inside a name that ends on an organisation's word; two names joined by 'and' stay two", () => {
    const found = entitiesByName(
      "The Securities and Exchange Commission and the Food and Drug Administration sued Morgan Stanley and Co Inc, " +
        "officials in Britain and France said. Citibank NA and Chase Manhattan Bank NA lent.",
      "en",
    );
    for (const name of [
      "Securities and Exchange Commission",
      "Food and Drug Administration",
      "Morgan Stanley and Co Inc",
    ])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.get("France")?.type, "place");
    assert.equal(found.get("Exchange Commission"), undefined);
    assert.equal(found.get("Citibank NA and Chase Manhattan Bank NA"), undefined);
    assert.ok(found.has("Chase Manhattan Bank NA"));
  });

  it("en: an acronym before 'and' is a whole name ('FBI and Justice Department' are two), a firm's tail excepted", () => {
    const found = entitiesByName("It claimed FBI and Justice Department bias. The IMF and World Bank met.", "en");
    for (const name of ["FBI", "Justice Department", "IMF", "World Bank"])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.has("FBI and Justice Department"), false);
    assert.equal(entitiesByName("Shares of NIM and Co Ltd rose.", "en").has("NIM and Co Ltd"), true);
  });
});
