import assert from "node:assert/strict";
import { describe, it } from "node:test";
import iconv from "iconv-lite";
import { normalizeText } from "./normalize-text.js";
import { repairMojibake } from "./repair-mojibake.js";

/** The text as it arrives when its UTF-8 bytes were read as `encoding` and written out again in UTF-8. */
function misread(text: string, encoding: "latin1" | "windows-1252"): string {
  return iconv.decode(Buffer.from(text, "utf8"), encoding);
}

/** One sentence per language recoupe reads, with the punctuation and letters news text mis-reads most. */
const SENTENCES = [
  "« Nous attendons des réponses écrites », a déclaré Sergueï Lavrov à Genève, où l’hôtel coûte 300 €.",
  "Blinken’s “swift, severe and united” response – a warning — came after talks… in Geneva™.",
  "El ministro de Asuntos Exteriores, Serguéi Lavrov, llegó a Saná el miércoles; «¿Habrá acuerdo?», preguntó.",
  "Die Außenminister trafen sich in Genf; „Wir müssen reden“, sagte Lawrow über die Öffnung.",
  "La città è rimasta calma: «Non c’è stata alcuna novità», ha detto il portavoce più tardi.",
  "O ministro dos Negócios Estrangeiros reuniu-se em Genebra; não houve avanços, disse à imprensa.",
  "Ministrul de Externe al Rusiei a declarat că discuțiile de la Geneva au fost „utile”, în ciuda tensiunilor.",
];

describe("repairMojibake", () => {
  it("reads back text in every language whose UTF-8 was read as Windows-1252 or Latin-1", () => {
    for (const sentence of SENTENCES) {
      for (const encoding of ["latin1", "windows-1252"] as const) {
        const garbled = misread(sentence, encoding);
        if (encoding === "windows-1252" && garbled.includes("\uFFFD")) continue; // a byte it cannot write was lost
        assert.notEqual(garbled, sentence);
        const { text, repaired } = repairMojibake(garbled);
        assert.equal(text, sentence, `${encoding}: ${garbled}`);
        assert.ok(repaired > 0);
      }
    }
  });

  it("reads back text garbled twice over", () => {
    const twice = misread(misread(SENTENCES[2]!, "windows-1252"), "windows-1252");
    assert.equal(repairMojibake(twice).text, SENTENCES[2]);
  });

  it("reads back a right quotation mark whose last byte was dropped, and an à whose no-break space became a space", () => {
    assert.equal(repairMojibake("il a dit â€œouiâ€ hier").text, "il a dit “oui” hier");
    assert.equal(
      repairMojibake("nel sud della cittÃ . Le autoritÃ  americane, la libertÃ di stampa").text,
      "nel sud della città. Le autorità americane, la libertà di stampa",
    );
  });

  it("leaves alone text in these languages that only looks like it", () => {
    for (const text of [
      SENTENCES.join(" "),
      "« Il est passé…» : L’ÉTÉ… »",
      "SÃO PAULO, NÃO, IRMÃ, MAÇÃ ; São Paulo",
      "«È»… È “vero”",
      "Âge, grâce à, la tâche, ÂME",
      "În România, câinii și pâinea.",
      "Ã bout de souffle",
    ]) {
      assert.deepEqual(repairMojibake(text), { text, repaired: 0, examples: [] });
    }
  });

  it("names what it read back", () => {
    const { repaired, examples } = repairMojibake(misread("Saná, Sanaa, Saná: è", "latin1"));
    assert.equal(repaired, 3);
    assert.deepEqual(examples, ["Ã¡ → á", "Ã¨ → è"]);
  });

  it("is part of the canonical text, which stays idempotent", () => {
    for (const sentence of SENTENCES) {
      const once = normalizeText(misread(misread(sentence, "latin1"), "latin1"));
      assert.equal(once, normalizeText(sentence));
      assert.equal(normalizeText(once), once);
    }
  });
});
