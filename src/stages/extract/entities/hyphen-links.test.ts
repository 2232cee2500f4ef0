import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("hyphen-linked names (hyphenLinkEnd)", () => {
  it("fr, en: a town or a département whose parts a lower-case word joins is one place", () => {
    const stage = entitiesByName(
      "Il habite à Aix-en-Provence. Le maire de Boulogne-sur-Mer a parlé. Le club de Villeneuve-d’Ascq a gagné. " +
        "Elle vit à Saint-Germain-en-Laye. Un incendie à Port-au-Prince. Les élus d’Ille-et-Vilaine ont voté. " +
        "Le préfet de Châlons-en-Champagne est venu.",
      "fr",
    );
    for (const name of [
      "Aix-en-Provence",
      "Boulogne-sur-Mer",
      "Villeneuve-d’Ascq",
      "Saint-Germain-en-Laye",
      "Port-au-Prince",
      "Ille-et-Vilaine",
      "Châlons-en-Champagne",
    ])
      assert.equal(stage.get(name)?.type, "place", name);
    // Not cut in two ("Aix" + "Provence").
    for (const part of ["Aix", "Provence", "Laye", "Champagne"]) assert.equal(stage.has(part), false, part);
    // A role word inside such a name is part of it ("Roi"); an elided link goes on to its word ("d’Or").
    const towns = entitiesByName(
      "Les usines de Choisy-le-Roi (Val-de-Marne) ont redémarré. L’école de police de Saint-Cyr-au-Mont-d’Or a fermé.",
      "fr",
    );
    for (const name of ["Choisy-le-Roi", "Val-de-Marne", "Saint-Cyr-au-Mont-d’Or"])
      assert.equal(towns.get(name)?.type, "place", name);
    const english = entitiesByName("The festival left Stratford-upon-Avon for Newcastle-under-Lyme.", "en");
    for (const name of ["Stratford-upon-Avon", "Newcastle-under-Lyme"]) assert.equal(english.get(name)?.type, "place");
  });

  it("fr: hyphenated given names stay people, and a person named after such a place is a name of its own", () => {
    const stage = entitiesByName(
      "Jean-Marie Le Pen et Anne-Sophie Lapix ont débattu. La présidente des Bouches-du-Rhône Martine Vassal a parlé. " +
        "L’ex-ministre de la Santé Philippe Douste-Blazy est venu.",
      "fr",
    );
    for (const name of ["Jean-Marie Le Pen", "Anne-Sophie Lapix", "Martine Vassal", "Philippe Douste-Blazy"])
      assert.equal(stage.get(name)?.type, "person", name);
    // "ex-ministre", "Under-Secretary" are roles after their hyphen, not names.
    assert.ok(![...stage.keys()].some((name) => name.includes("Santé")));
    const english = entitiesByName("Under-Secretary of State Allen Wallis met Vice-President Mike Pence.", "en");
    assert.deepEqual(
      [...english.values()].map((entity) => [entity.name, entity.type]),
      [
        ["Allen Wallis", "person"],
        ["Mike Pence", "person"],
      ],
    );
    assert.equal(stage.get("Bouches-du-Rhône")?.type, "place");
  });

  it("en: a Korean given name's lower-case second syllable is part of the name, an English compound's word is not", () => {
    const found = entitiesByName(
      "UN chief Ban Ki-moon met Kim Jong-un, then Moon Jae-in. A Hamas-run school was hit, said Marine Le Pen-led rallies.",
      "en",
    );
    for (const name of ["Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"])
      assert.equal(found.get(name)?.type, "person", name);
    assert.equal(found.has("Hamas-run"), false);
    assert.equal(found.has("Marine Le Pen-led"), false);
  });
});
