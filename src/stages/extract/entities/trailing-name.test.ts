import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { trailingNameOwners } from "./trailing-name.js";

/** The pairs for names given as written, each its own group, all typed person. */
function owners(names: readonly string[]): [string, string][] {
  const words = names.map((name) => name.toLowerCase().split(" "));
  return trailingNameOwners(
    words,
    words,
    (index) => index,
    () => "person",
  ).map(([index, owner]) => [names[index]!, names[owner]!]);
}

describe("trailingNameOwners: the last words of one full name", () => {
  it("gives a surname of two words to the one full name ending with it", () => {
    assert.deepEqual(owners(["Roberto Campos Neto", "Campos Neto"]), [["Campos Neto", "Roberto Campos Neto"]]);
  });

  it("not to a longer run of capitals that opens on no given name, nor to one of two owners", () => {
    assert.deepEqual(owners(["Gobierno Campos Neto", "Campos Neto"]), []);
    assert.deepEqual(owners(["Roberto Campos Neto", "Maria Campos Neto", "Campos Neto"]), []);
  });

  it("not a part that opens on a given name", () => {
    assert.deepEqual(owners(["José Maria Silva", "Maria Silva"]), []);
  });
});
