import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("followsFrenchArticle", () => {
  it("fr: capitalised words right after a definite article are no person's given name and surname", () => {
    const found = entitiesByName(
      "Le Moulin-Rouge affiche complet. Ce soir, les enfants verront le Petit Poucet au Grand Rex.",
      "fr",
    );
    for (const name of ["Moulin-Rouge", "Petit Poucet", "Grand Rex"])
      assert.notEqual(found.get(name)?.type, "person", name);
  });

  it("fr: a name with its own capital article, or a title between, stays a person", () => {
    const found = entitiesByName(
      "Marine Le Pen a répondu au président Emmanuel Macron. La ministre Élisabeth Borne était présente.",
      "fr",
    );
    for (const name of ["Marine Le Pen", "Emmanuel Macron", "Élisabeth Borne"])
      assert.equal(found.get(name)?.type, "person", name);
  });
});
