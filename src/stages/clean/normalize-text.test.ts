import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeLine, normalizeText } from "./index.js";

describe("normalizeText", () => {
  it("turns no-break, narrow and thin spaces into one plain space, guillemets included", () => {
    assert.equal(
      normalizeText("ces discussions «\u00A0 franches\u00A0 » et\u202Fdes\u2009mots"),
      "ces discussions « franches » et des mots",
    );
  });

  it("keeps guillemets without inner space as written", () => {
    assert.equal(normalizeText("une réponse «unie, rapide et sévère»"), "une réponse «unie, rapide et sévère»");
  });

  it("makes apostrophes between letters typographic and leaves quotation marks alone", () => {
    assert.equal(normalizeText("l'Ukraine, d’Etat, don`t, l‘OTAN"), "l’Ukraine, d’Etat, don’t, l’OTAN");
    assert.equal(
      normalizeText('il n\'a "jamais menacé" personne, “dit-il”'),
      'il n’a "jamais menacé" personne, “dit-il”',
    );
    assert.equal(normalizeText("les années '90 et Jesus' disciples"), "les années '90 et Jesus' disciples");
  });

  it("separates paragraphs by exactly one blank line and lines by one line break", () => {
    const input = "\r\n  Premier   paragraphe.\r\nSeconde ligne.  \r\n\r\n\r\n \t \nDeuxième.\u2029Troisième.\n\n";
    assert.equal(normalizeText(input), "Premier paragraphe.\nSeconde ligne.\n\nDeuxième.\n\nTroisième.");
  });

  it("strips control characters, zero-width spaces, soft hyphens and bidi marks, and composes to NFC", () => {
    assert.equal(normalizeText("\uFEFFGene\u0300ve\u200B a\u00ADdopté\u0007 le\u200E texte"), "Genève adopté le texte");
    assert.equal(normalizeText("Gene\u0300ve").length, 6);
  });

  it("is idempotent", () => {
    const samples = ["« x »\u00A0y\n\n\nz", "a\u2028b\fc", "  l'a  \t b  "];
    for (const sample of samples) assert.equal(normalizeText(normalizeText(sample)), normalizeText(sample));
  });

  it("gives the empty string for blank input", () => {
    assert.equal(normalizeText(" \n\n \u00A0 \n"), "");
  });
});

describe("normalizeLine", () => {
  it("puts a multi-line title on one line", () => {
    assert.equal(
      normalizeLine("La réunion\nest terminée\n\nCe que la Russie attend"),
      "La réunion est terminée Ce que la Russie attend",
    );
  });
});
