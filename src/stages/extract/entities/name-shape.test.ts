import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { computeShape } from "./name-shape.js";

describe("what a name's own words say (computeShape)", () => {
  it("a place word of another language opens or closes a place's name", () => {
    for (const name of [
      "Beit Hanoun",
      "Djebel Nefoussa",
      "Sveti Stefan",
      "Lough Neagh",
      "Kranjska Gora",
      "Yangzi Jiang",
    ])
      assert.equal(computeShape(name).place, true, name);
  });

  it("a given name that is also a place word makes no place ('Sierra Boggess', 'Rio Ferdinand', 'Isla Fisher')", () => {
    for (const name of ["Sierra Boggess", "Rio Ferdinand", "Isla Fisher"])
      assert.equal(computeShape(name).place, false, name);
  });

  it("an English county's suffix, a team's nickname and its town", () => {
    assert.equal(computeShape("Hertfordshire").place, true);
    assert.equal(computeShape("Panthers de la Floride").organization, true);
    assert.equal(computeShape("Kurdes de Syrie").organization, false);
  });
});
