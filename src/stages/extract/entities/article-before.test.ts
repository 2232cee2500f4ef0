import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("followsDefiniteArticle", () => {
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

  it("es, it: capitalised words after an article are an event's or a movement's name, no person's", () => {
    const es = entitiesByName(
      "Cuando terminó la Guerra Fría, ganó la Hermandad Musulmana. Mariano Rajoy habló de ello.",
      "es",
    );
    for (const name of ["Guerra Fría", "Hermandad Musulmana"]) assert.notEqual(es.get(name)?.type, "person", name);
    assert.equal(es.get("Mariano Rajoy")?.type, "person");
    const it_ = entitiesByName("La Primavera Araba è finita, ha detto Mario Draghi.", "it");
    assert.notEqual(it_.get("Primavera Araba")?.type, "person");
    assert.equal(it_.get("Mario Draghi")?.type, "person");
    // Italian writes an article before a surname ("la Meloni"), one opening on its own article too.
    assert.equal(entitiesByName("Secondo la Le Pen il voto è chiaro.", "it").get("Le Pen")?.type, "person");
  });
});
