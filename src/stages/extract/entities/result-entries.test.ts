import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("results (resultEntries)", () => {
  it("fr, en: results name athletes and their countries (« 1. Olano (Esp) », « Dirk Müller (All) »)", () => {
    const stage = entitiesByName(
      'Classement de l’étape contre la montre : 1. Olano (Esp) 47’07". 2. Mauri (Esp) à 41". 3. Chanteur (Fr). ' +
        "9. L. Jalabert (Fr). Puis les autres Suisses : 12. Camenzind. 23. Huser. L’Espagne domine.",
      "fr",
    );
    for (const person of ["Olano", "Mauri", "Chanteur", "L. Jalabert", "Camenzind", "Huser"])
      assert.equal(stage.get(person)?.type, "person", person);
    // The codes are the countries, merged with their names.
    const spain = [...stage.values()].find((entity) => entity.variants.includes("Esp"));
    assert.equal(spain?.type, "place");
    assert.ok(spain?.variants.includes("Espagne"));
    const drivers = entitiesByName(
      "La M3 était pilotée par Andy Priaulx (GB), Dirk Müller (All) et Dirk Werner (All).",
      "fr",
    );
    assert.ok([...drivers.values()].some((entity) => entity.type === "place" && entity.variants.includes("All")));
    // One name with a code is no list of results; an acronym after its name is no country.
    const one = entitiesByName(
      "James Howard, vice-president of Cargill (USA), spoke. The International Tin Agreement (ITA) failed.",
      "en",
    );
    assert.notEqual(one.get("Cargill")?.type, "person");
    assert.notEqual(one.get("ITA")?.type, "place");
  });
});
