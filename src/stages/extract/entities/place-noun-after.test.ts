import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a place noun after a name (placeNounAfter)", () => {
  it("en: a name before 'village', 'district' or 'province' is a place, even alone and seen once", () => {
    const found = entitiesByName(
      "Residents of Bukit Sama village fled. The quake hit Bener Meriah district and Hormozgan province on Sunday.",
      "en",
    );
    for (const name of ["Bukit Sama", "Bener Meriah", "Hormozgan"]) assert.equal(found.get(name)?.type, "place", name);
  });

  it("en: a camp follows people too, and other languages put the noun first", () => {
    assert.equal(
      entitiesByName("The Clinton camp said so, Hillary Clinton added.", "en").get("Hillary Clinton")?.type,
      "person",
    );
    assert.equal(entitiesByName("Pierre Dupont village est une blague.", "fr").get("Pierre Dupont")?.type, "person");
  });

  it("fr, en, es: a kind of place in apposition or after 'is' makes a place of an unlisted name", () => {
    const french = entitiesByName(
      "Arrivant à Zuoz, M. Liger poursuit : Zuoz est une bourgade de l'Engadine. Il regagna Zuoz. " +
        "Les soldats ont quitté Vorzel, une petite ville au nord de Kiev. Ils ont pillé Vorzel.",
      "fr",
    );
    assert.equal(french.get("Zuoz")?.type, "place");
    assert.equal(french.get("Vorzel")?.type, "place");
    const english = entitiesByName("Troops left Vorzel, a town near Kyiv. The mayor of Vorzel spoke.", "en");
    assert.equal(english.get("Vorzel")?.type, "place");
    const spanish = entitiesByName("Ayer, Vorzel es una ciudad en ruinas. Los vecinos de Vorzel huyen.", "es");
    assert.equal(spanish.get("Vorzel")?.type, "place");
  });

  it("no place: a clause's subject after a comma, a compound noun, a possessive", () => {
    const french = entitiesByName("Durant le régime de Porfirio Díaz, la ville est reliée au chemin de fer.", "fr");
    assert.equal(french.get("Porfirio Díaz")?.type, "person");
    const english = entitiesByName(
      "They met John Okafor, a village elder. Later John Okafor, the city's mayor, spoke.",
      "en",
    );
    assert.equal(english.get("John Okafor")?.type, "person");
  });
});
