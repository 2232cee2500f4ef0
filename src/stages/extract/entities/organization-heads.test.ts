import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("organisation head words", () => {
  it("es, it: an observatory, a front, a guard or a league is an organisation, its name whole", () => {
    const es = entitiesByName(
      "Según el Observatorio Sirio de Derechos Humanos, murieron 20 personas. El Frente al Nusra lo negó. " +
        "La Guardia Revolucionaria respondió.",
      "es",
    );
    for (const name of ["Observatorio Sirio de Derechos Humanos", "Frente al Nusra", "Guardia Revolucionaria"])
      assert.equal(es.get(name)?.type, "organization", name);
    assert.equal(es.has("Derechos Humanos"), false);
    const it_ = entitiesByName("Secondo l'Osservatorio Siriano, la Lega Araba e la Polizia Stradale tacciono.", "it");
    for (const name of ["Osservatorio Siriano", "Lega Araba", "Polizia Stradale"])
      assert.equal(it_.get(name)?.type, "organization", name);
  });
});
