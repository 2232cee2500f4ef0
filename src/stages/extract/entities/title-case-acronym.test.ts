import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { isTitleCaseAcronym } from "./title-case-acronym.js";

describe("isTitleCaseAcronym", () => {
  it("it, es, pt: a capital and consonants only is an acronym; a name has a vowel", () => {
    for (const name of ["Cts", "Pkk", "Dpcm", "Pdl"]) assert.equal(isTitleCaseAcronym(name, "it"), true, name);
    for (const name of ["Inps", "Onu", "Renzi", "Cts-Bis", "CTS"])
      assert.equal(isTitleCaseAcronym(name, "it"), false, name);
    // French and English write acronyms in capitals; a consonant run in their old print is OCR debris.
    assert.equal(isTitleCaseAcronym("Npgl", "fr"), false);
  });

  it("it: 'il Cts ha detto' is the committee, no person", () => {
    const found = entitiesByName("Il Cts ha detto che la situazione è grave. Secondo il Cts, bisogna chiudere.", "it");
    assert.equal(found.get("Cts")?.type, "organization");
  });
});
