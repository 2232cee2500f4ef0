import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { lookupGazetteer } from "./gazetteer.js";
import { isInflectedPlace, uninflected } from "./inflected-name.js";

const names = { gazetteer: lookupGazetteer };

describe("inflected places (uninflected, isInflectedPlace)", () => {
  it("reads German's genitive and Romanian's article off a listed place, not off a person's name", () => {
    assert.deepEqual(uninflected("Russlands", "de"), ["Russland"]);
    assert.deepEqual(uninflected("Ucrainei", "ro"), ["Ucraina"]);
    assert.deepEqual(uninflected("Russlands", "fr"), []);
    assert.ok(isInflectedPlace("Frankreichs", "de", names));
    assert.ok(isInflectedPlace("Franței", "ro", names));
    assert.ok(!isInflectedPlace("Putins", "de", names));
    assert.ok(!isInflectedPlace("Frankreich", "de", names));
  });

  it("de: a place in the genitive after a function completes it, and is no person", () => {
    const found = entitiesByName("Der Präsident Frankreichs, Emmanuel Macron, sagte nichts zu Russland.", "de");
    assert.equal(found.get("Frankreichs")?.type, "place");
    assert.deepEqual(
      found.get("Frankreichs")?.evidence.map((mention) => mention.text),
      ["Frankreichs"],
    );
    assert.equal(found.get("Emmanuel Macron")?.type, "person");
  });

  it("de: a place in the genitive, then a person, are two names", () => {
    const found = entitiesByName("Außenminister Russlands Sergej Lawrow traf Antony Blinken in Genf.", "de");
    assert.equal(found.get("Sergej Lawrow")?.type, "person");
    assert.equal(found.get("Russlands")?.type, "place");
  });

  it("ro: the country after 'Președintele' is a place", () => {
    const found = entitiesByName("Președintele Ucrainei, Volodimir Zelenski, a spus că Rusia minte.", "ro");
    assert.equal(found.get("Ucrainei")?.type, "place");
    assert.equal(found.get("Volodimir Zelenski")?.type, "person");
  });

  it("de: a name of several words declined after its article is the listed name ('den Vereinigten Staaten')", () => {
    const found = entitiesByName(
      "Lawrow sagte, die Vereinigten Staaten und die Europäische Union hätten geantwortet. " +
        "Ein Sprecher der Europäischen Union und des Auswärtigen Amtes schwieg.",
      "de",
    );
    assert.equal(found.get("Vereinigten Staaten")?.type, "place");
    assert.equal(found.get("Europäische Union")?.type, "organization");
    assert.ok(found.get("Europäische Union")?.variants.includes("Europäischen Union"));
    assert.equal(found.get("Auswärtigen Amtes")?.type, "organization");
  });

  it("ro: a name of several words in the genitive is the listed name ('Comisiei Europene', 'Statele Unite')", () => {
    const found = entitiesByName(
      "Comisia Europeană a răspuns. Un purtător de cuvânt al Comisiei Europene a declarat că Statele Unite tac.",
      "ro",
    );
    assert.equal(found.get("Comisia Europeană")?.mentions, 2);
    assert.equal(found.get("Statele Unite")?.type, "place");
  });

  it("ro: a noun in the genitive after a function is its complement, not its holder ('Ministrul Energiei')", () => {
    const found = entitiesByName(
      "Ministrul Energiei, Sebastian Burduja, a vorbit. Primarul Capitalei, Nicușor Dan, a cerut detalii. " +
        "Președintele Camerei Deputaților, Alfred Simonis, a tăcut.",
      "ro",
    );
    for (const noun of ["Energiei", "Capitalei"]) assert.equal(found.has(noun), false, noun);
    assert.equal(found.get("Camerei Deputaților")?.type, "organization");
    for (const person of ["Sebastian Burduja", "Nicușor Dan", "Alfred Simonis"])
      assert.equal(found.get(person)?.type, "person", person);
  });
});
