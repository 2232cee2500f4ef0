import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { foldAccents } from "../segment/index.js";
import { foldedStart, foldForMatch } from "./fold-for-match.js";
import { foldHash, hashOfFolded } from "./fold-hash.js";

/** The definition the fast paths must match. */
function definition(text: string): string {
  return foldAccents(text)
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐-―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const samples = [
  "L'ÉTAT – « Œuvre » d’Étienne, ß et ẞ",
  "Grève à l’usine\u00A0: «\u202Funie\u202F»",
  "e\u0301te\u0301 combinés",
  "ΟΔΟΣ Σίσυφος",
  "  espaces   multiples ",
  "Kelvin \u212A, İstanbul, ǅ",
  "emoji 𝐀 et chiffres ٣",
];

describe("foldForMatch and its fast paths", () => {
  it("folds as the definition does, Latin-script text or not", () => {
    for (const text of samples) assert.equal(foldForMatch(text), definition(text), text);
  });

  it("gives the start of a line's fold without folding the whole line", () => {
    for (const text of samples) {
      for (const length of [0, 1, 3, 8, 40]) assert.equal(foldedStart(text, length), definition(text).slice(0, length));
    }
  });

  it("hashes the fold without building it, or says it cannot", () => {
    for (const text of samples) {
      const hash = foldHash(text, 0, text.length);
      if (hash !== null) assert.equal(hash, hashOfFolded(definition(text)), text);
    }
    assert.equal(foldHash("L'État d’urgence", 0, 16), hashOfFolded("l'etat d'urgence"));
    assert.equal(foldHash("deux  espaces", 0, 13), null, "the fold would tidy the spaces");
  });
});
