import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { lookupGazetteer } from "./gazetteer.js";
import { townEntryOf } from "./town-entries.js";

describe("towns only GeoNames lists", () => {
  it("fr, de, es: a town no curated list holds is a place when it stands alone", () => {
    const french = entitiesByName("Le chalutier a quitté Lorient lundi et fera escale à Vannes.", "fr");
    assert.equal(french.get("Lorient")?.type, "place");
    assert.equal(french.get("Vannes")?.type, "place");
    const german = entitiesByName("Der Zug aus Kehl kam mit Verspätung in Offenburg an.", "de");
    assert.equal(german.get("Offenburg")?.type, "place");
    const spanish = entitiesByName("El temporal dejó daños en Ponferrada y en Lugo.", "es");
    assert.equal(spanish.get("Ponferrada")?.type, "place");
  });

  it("a town's name inside a person's full name cuts nothing, and any cue of a person outweighs it", () => {
    const found = entitiesByName(
      "Le directeur sportif Sebastian Kehl a parlé après le match. La basilique Thérèse de Lisieux était pleine. " +
        "Selon M. Lens, le club fera appel.",
      "fr",
    );
    assert.equal(found.get("Sebastian Kehl")?.type, "person");
    assert.equal(found.has("Kehl"), false);
    assert.equal(found.has("Lisieux"), false);
    assert.equal(found.get("Lens")?.type, "person");
  });

  it("a town spelt as a word the story writes in lower case is that word", () => {
    const found = entitiesByName(
      "Menton haut, il avança vers la tribune. Puis il se gratta le menton. " +
        "Il a obtenu que la Croix de fer lui soit décernée, une croix qu'il porte depuis.",
      "fr",
    );
    assert.equal(found.has("Menton"), false);
    assert.equal(found.get("Croix")?.type === "place", false);
  });

  it("fr, en: small towns of the countries whose languages recoupe reads are places, unless named as a word", () => {
    // Dinan (12,000 inhabitants), Paimpol (8,000), Tadcaster (6,000), Mablethorpe (12,000): under the 15,000 kept
    // across Europe.
    const french = entitiesByName("Le maire de Dinan a reçu son homologue de Paimpol.", "fr");
    assert.equal(french.get("Dinan")?.type, "place");
    assert.equal(french.get("Paimpol")?.type, "place");
    const english = entitiesByName("The mayor of Tadcaster met councillors from Mablethorpe.", "en");
    assert.equal(english.get("Tadcaster")?.type, "place");
    assert.equal(english.get("Mablethorpe")?.type, "place");
    // Small towns named as a word (a plural, a German noun too) or a person are left out: "Chantilly", "Stone",
    // "Banks", "Wiesen" (meadows), "Shelley", "Descartes".
    for (const name of ["Chantilly", "Stone", "Banks", "Wiesen", "Shelley", "Descartes"])
      assert.equal(townEntryOf(name), undefined, name);
  });

  it("stays apart from the curated lists: no given name, no stopword, no curated name taken", () => {
    assert.equal(townEntryOf("Lorient")?.minor, true);
    // GeoNames lists towns called "Nancy", "Martin" (Slovakia), "Auch" (France), "Waren" (Germany), "Florence" (Italy).
    for (const word of ["Nancy", "Martin", "Auch", "Waren", "Florence"])
      assert.equal(townEntryOf(word), undefined, word);
    assert.equal(townEntryOf("Winston-Salem")?.minor, true);
    // Spelt as listed, not as a variant: "Maia" (Portugal) is a town, "Maya" is not.
    assert.equal(townEntryOf("Maia")?.minor, true);
    assert.equal(townEntryOf("Maya"), undefined);
    // The curated entries do not see them: rules that cut or join names around a listed place stay as they were.
    assert.equal(lookupGazetteer("Lorient"), undefined);
    assert.equal(lookupGazetteer("Genève")?.minor, undefined);
  });
});

describe("states, provinces and regions only world-subdivisions lists", () => {
  it("fr, en: a country's subdivision no curated list holds is a place, and no town", () => {
    const french = entitiesByName("Les pluies ont frappé le Kerala et l'Odisha, puis le Gujarat.", "fr");
    for (const name of ["Kerala", "Odisha", "Gujarat"]) assert.equal(french.get(name)?.type, "place", name);
    const english = entitiesByName("Floods hit Sichuan, while Zhejiang escaped them.", "en");
    assert.equal(english.get("Sichuan")?.type, "place");
    assert.equal(english.get("Zhejiang")?.type, "place");
    assert.equal(townEntryOf("Kerala")?.settlement, undefined);
  });

  it("fr, en: a town or a region of several words is a place, not a person's full name", () => {
    const french = entitiesByName("Les bureaux ont quitté Levallois-Perret pour Charleville-Mézières.", "fr");
    assert.equal(french.get("Levallois-Perret")?.type, "place");
    assert.equal(french.get("Charleville-Mézières")?.type, "place");
    const english = entitiesByName("Floods hit Uttar Pradesh and the storm reached Costa Mesa.", "en");
    assert.equal(english.get("Uttar Pradesh")?.type, "place");
    assert.equal(english.get("Costa Mesa")?.type, "place");
  });

  it("a subdivision named as a word is no entry ('Nord', 'Centre', 'Central')", () => {
    for (const word of ["Nord", "Centre", "Central", "Est"]) assert.equal(townEntryOf(word), undefined, word);
  });
});
