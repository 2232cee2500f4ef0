import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a name stops where its case changes (caseBreak)", () => {
  it("fr: a heading or a byline in capitals, then the text; a name, then a dateline's town in capitals", () => {
    const found = entitiesByName(
      "VIDÉO Emmanuel Macron a répondu aux questions. Le prix Nobel est attribué à M. Kellogg PARIS, 15 (Havas). " +
        "On mande de Londres que CLARA MARC Guy Bovet reçoit chez lui.",
      "fr",
    );
    assert.ok(found.has("Emmanuel Macron"));
    assert.ok(found.has("Guy Bovet"));
    assert.equal(found.get("Kellogg")?.type, "person");
    // Named as the place is written ("Paris"), the dateline's capitals among its variants.
    assert.equal(found.get("Paris")?.type, "place");
    assert.ok(found.get("Paris")?.variants.includes("PARIS"));
  });

  it("acronyms and surnames in capitals stay in their names", () => {
    const found = entitiesByName(
      "La BNP Paribas et BBC News ont parlé à Jean DUPONT. Cancer Research UK a publié une étude.",
      "fr",
    );
    for (const name of ["BNP Paribas", "BBC News", "Jean DUPONT", "Cancer Research UK"])
      assert.ok(found.has(name), name);
  });
});
