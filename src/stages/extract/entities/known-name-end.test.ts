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
