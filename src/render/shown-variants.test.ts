import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Entity } from "../domain/story.js";
import { shownVariants, withoutTitle } from "./shown-variants.js";

const entity = (name: string, type: Entity["type"], variants: string[]): Entity => ({
  name,
  type,
  variants,
  articleIds: [],
  mentions: variants.length,
  evidence: [],
  roles: [],
});

describe("withoutTitle", () => {
  it("drops honorifics and functions before a person's name, in any language read", () => {
    assert.equal(withoutTitle("M. Lavrov"), "Lavrov");
    assert.equal(withoutTitle("Foreign Minister Sergei Lavrov"), "Sergei Lavrov");
    assert.equal(withoutTitle("Secretary of State Antony Blinken"), "Antony Blinken");
    assert.equal(withoutTitle("MR Hollande"), "Hollande");
    assert.equal(withoutTitle("Monsieur Hollande"), "Hollande");
    assert.equal(withoutTitle("Frau Merkel"), "Merkel");
  });

  it("keeps a particle that opens the surname, and the whole when nothing else is left", () => {
    assert.equal(withoutTitle("Général de Gaulle"), "de Gaulle");
    assert.equal(withoutTitle("Antony Blinken"), "Antony Blinken");
    assert.equal(withoutTitle("Monsieur"), "Monsieur");
  });
});

describe("shownVariants", () => {
  it("shows a person's spellings once, without titles, the name itself not repeated", () => {
    const lavrov = entity("Sergueï Lavrov", "person", [
      "Sergueï Lavrov",
      "Lavrov",
      "M. Lavrov",
      "Sergei Lavrov",
      "Minister Sergei Lavrov",
    ]);
    assert.deepEqual(shownVariants(lavrov), ["Lavrov", "Sergei Lavrov"]);
  });

  it("leaves the names of places and organisations as written ('hôtel Président Wilson', 'Saint-Pétersbourg')", () => {
    const hotel = entity("Palais de Genève", "place", ["Palais de Genève", "hôtel Président Wilson"]);
    assert.deepEqual(shownVariants(hotel), ["hôtel Président Wilson"]);
  });
});
