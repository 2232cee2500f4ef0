import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a name of its own before a person (isWordBeforePerson)", () => {
  it("fr, en: a word of its own before a person's given name and surname is a name of its own", () => {
    const found = entitiesByName(
      "Le député LR Eric Ciotti a voté contre. LR a perdu Nice. « Le virus circule », a estimé l’épidémiologiste " +
        "d’Harvard William Hanage, qui enseigne à Harvard depuis dix ans.",
      "fr",
    );
    assert.equal(found.get("Eric Ciotti")?.type, "person");
    assert.equal(found.get("LR")?.type, "organization");
    assert.equal(found.get("William Hanage")?.type, "person");
    assert.ok(found.has("Harvard"));
    // One name: "Aston" never stands alone, "Hall" ends a place, "Works" goes on.
    const kept = entitiesByName(
      "The Aston Martin Lagonda was shown at the Royal Albert Hall, beside a Mini John Cooper Works. Sales rose.",
      "en",
    );
    for (const name of ["Aston Martin Lagonda", "Royal Albert Hall", "Mini John Cooper Works"])
      assert.ok(kept.has(name), name);
    for (const name of ["Martin Lagonda", "Albert Hall", "John Cooper Works"])
      assert.equal(kept.has(name), false, name);
  });

  it("de: a hyphenated compound before a given name and a surname is a noun, its first part the party", () => {
    const found = entitiesByName("Im Bundestag sagte CDU-Chef Friedrich Merz, GDL-Chef Claus Weselsky irre.", "de");
    assert.equal(found.get("Friedrich Merz")?.type, "person");
    assert.equal(found.get("Claus Weselsky")?.type, "person");
    assert.equal(found.get("CDU")?.type, "organization");
    for (const name of ["CDU-Chef", "Chef", "CDU-Chef Friedrich Merz"]) assert.equal(found.has(name), false, name);
  });
});
