import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a company's short form (companyShortFormOwners)", () => {
  it("en: the name without its legal form, or its first word past initials, is the company written in full", () => {
    const found = entitiesByName(
      "E.F. Hutton Group Inc said it started its offer for Purolator Courier Corp. Hutton said it may buy " +
        "more Purolator shares. Enzon Inc said its drug works; Enzon will file.",
      "en",
    );
    const hutton = [...found.values()].find((entity) => entity.variants.includes("E.F. Hutton Group Inc"));
    assert.deepEqual(hutton?.variants.sort(), ["E.F. Hutton Group Inc", "Hutton"]);
    const purolator = [...found.values()].find((entity) => entity.variants.includes("Purolator Courier Corp"));
    assert.ok(purolator?.variants.includes("Purolator"));
    assert.equal(purolator?.type, "organization");
    const enzon = [...found.values()].find((entity) => entity.variants.includes("Enzon Inc"));
    assert.ok(enzon?.variants.includes("Enzon"));
  });

  it("en: a place is no company's short form, nor is a word two companies open", () => {
    const found = entitiesByName(
      "Japan Airlines Co cut fares in Japan. Acme Steel Corp and Acme Mining Corp merged. Shares of Acme rose, " +
        "and Acme said it would pay.",
      "en",
    );
    assert.equal(found.get("Japan")?.type, "place");
    assert.deepEqual(found.get("Japan")?.variants, ["Japan"]);
    const acme = [...found.values()].filter((entity) => entity.variants.includes("Acme"));
    assert.equal(acme.length, 1);
    assert.deepEqual(acme[0]?.variants, ["Acme"]);
  });

  it("en: the name without its legal form comes first, then opening words; the company's type wins", () => {
    const found = entitiesByName(
      "Transamerica Corp will sell Transamerica Life Cos to Nippon Life Insurance Co. Transamerica said the sale " +
        "closes in May. Nippon Life said it will pay cash, and Nippon Life will keep the staff.",
      "en",
    );
    const owner = (variant: string) => [...found.values()].find((entity) => entity.variants.includes(variant));
    assert.equal(owner("Transamerica"), owner("Transamerica Corp"));
    assert.notEqual(owner("Transamerica"), owner("Transamerica Life Cos"));
    assert.equal(owner("Nippon Life"), owner("Nippon Life Insurance Co"));
    assert.equal(owner("Nippon Life")?.type, "organization");
  });

  it("en: a people's word or a titled person is no company's short form", () => {
    const found = entitiesByName(
      "American Express Co said it is in talks. The American lenders rose, and American banks fell. " +
        "Hutton Steel Corp fell, Mr. Hutton said.",
      "en",
    );
    // A demonym names nobody (blockDemonyms), and never joins the company that opens on it.
    assert.equal(found.has("American"), false);
    assert.ok(![...found.values()].some((entity) => entity.variants.includes("American")));
    const hutton = [...found.values()].find((entity) => entity.variants.includes("Hutton"));
    assert.equal(hutton?.type, "person");
    assert.ok(!hutton?.variants.includes("Hutton Steel Corp"));
  });

  it("fr: a legal form of two letters counts in capitals only ('Lumetra NV'; not OCR's 'Buquet Nv a rien vu')", () => {
    const found = entitiesByName(
      "Les comptes de Lumetra NV sont publiés. Les ventes de Lumetra montent. Le brigadier Buquet Nv a rien vu, " +
        "et Buquet rentra chez lui. La femme de Buquet dormait.",
      "fr",
    );
    const owner = (variant: string) => [...found.values()].find((entity) => entity.variants.includes(variant));
    assert.ok(owner("Lumetra NV")?.variants.includes("Lumetra"));
    assert.notEqual(owner("Buquet"), owner("Buquet Nv"));
  });
});
