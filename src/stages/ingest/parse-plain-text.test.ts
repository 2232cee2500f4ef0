import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parsePlainText, splitRunInHeadline } from "./parse-plain-text.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/geneva-2022-01/${name}`, import.meta.url), "utf8");

describe("parsePlainText", () => {
  it("reads the date marker and the headline run into the first sentence (fixture 002)", () => {
    const parsed = parsePlainText(fixture("002_abfe26ca1329c67e.txt"));
    assert.equal(parsed.publishedAt, "2022-01");
    assert.deepEqual(parsed.removed, [{ text: "date 2022-01", reason: "date-marker" }]);
    assert.equal(parsed.title, "Situation en Ukraine – Blinken et Lavrov se rencontreront à Genève vendredi");
    assert.ok(parsed.text.startsWith("Le chef de la diplomatie américaine Antony Blinken et son homologue russe"));
    assert.ok(parsed.text.endsWith("AFPE"));
  });

  it("keeps a first sentence that is not a headline whole after the date marker (fixture 004)", () => {
    const parsed = parsePlainText(fixture("004_763ac30657c09442.txt"));
    assert.equal(parsed.publishedAt, "2022-01");
    assert.equal(parsed.title, undefined);
    assert.ok(parsed.text.startsWith("Le secrétaire d’Etat américain Antony Blinken a affirmé ce vendredi"));
  });

  it("takes no title from articles starting with a sentence or a breadcrumb (fixtures 000, 001, 003)", () => {
    for (const name of ["000_7880b336ff94ad0c.txt", "001_f63cd0a6924aa689.txt", "003_bdcf629aeea73049.txt"]) {
      const raw = fixture(name);
      const parsed = parsePlainText(raw);
      assert.equal(parsed.title, undefined, name);
      assert.equal(parsed.publishedAt, undefined, name);
      assert.equal(parsed.text, raw.trim(), name);
    }
  });

  it("takes a short first line followed by a blank line as the title", () => {
    const parsed = parsePlainText(
      "Les dockers votent la grève\n\nLes dockers du port ont voté lundi une grève de vingt-quatre heures.\n",
    );
    assert.equal(parsed.title, "Les dockers votent la grève");
    assert.equal(parsed.text, "Les dockers du port ont voté lundi une grève de vingt-quatre heures.");
  });

  it("reads a full-date marker and normalises blank lines", () => {
    const parsed = parsePlainText("date 2022-01-21\nUn texte court.\n\n\n\nUn second paragraphe.  \n");
    assert.equal(parsed.publishedAt, "2022-01-21");
    assert.equal(parsed.text, "Un texte court.\n\nUn second paragraphe.");
  });

  it("does not split at an article that starts a name", () => {
    assert.equal(
      splitRunInHeadline(
        "Pour la première fois depuis des années Le Pen arrive en tête dans la région, selon le sondage publié mardi.",
      ),
      undefined,
    );
    assert.equal(splitRunInHeadline("Sommet à Genève La rencontre a duré une heure et demie"), undefined);
  });
});

describe("parsePlainText with a metadata header", () => {
  const body = "ROME (Reuters) - Un séisme a frappé lundi le centre de l'Italie.\n\nLe maire de Norcia a parlé.";

  it("reads Title, Source, Date, URL, Author and Language lines, and keeps the body whole", () => {
    const parsed = parsePlainText(
      `Title: Séisme en Italie\nSource: AFP\nDate: 2026-03-09\nURL: https://example.org/seisme\nAuthor: Jean Dupont\nLanguage: fr-FR\n\n${body}\n`,
    );
    assert.equal(parsed.title, "Séisme en Italie");
    assert.equal(parsed.publishedAt, "2026-03-09");
    assert.deepEqual(parsed.header, {
      source: "AFP",
      url: "https://example.org/seisme",
      byline: "Jean Dupont",
      language: "fr",
    });
    assert.equal(parsed.text, body);
    assert.equal(parsed.removed[0]?.reason, "metadata-header");
    assert.ok(parsed.removed[0]?.text.startsWith("Title: Séisme en Italie"));
    assert.deepEqual(parsed.unreadable, []);
  });

  it("reads front matter and the keys of other languages, and dates written in words", () => {
    const parsed = parsePlainText(
      `---\ntitre: "Séisme en Italie"\nfuente: EFE\nfecha: 9 de marzo de 2026\n---\n${body}`,
    );
    assert.equal(parsed.title, "Séisme en Italie");
    assert.equal(parsed.header.source, "EFE");
    assert.equal(parsed.publishedAt, "2026-03-09");
    assert.equal(parsed.text, body);
    assert.equal(parsePlainText(`Datum: 9. März 2026\n\n${body}`).publishedAt, "2026-03-09");
    assert.equal(parsePlainText(`Date: March 9, 2026\n\n${body}`).publishedAt, "2026-03-09");
  });

  it("reads a date in figures as Europe writes it, or year first, and guesses no order a slash leaves open", () => {
    assert.equal(parsePlainText(`Datum: 14.11.2025\n\n${body}`).publishedAt, "2025-11-14");
    assert.equal(parsePlainText(`Data: 14/11/2025\n\n${body}`).publishedAt, "2025-11-14");
    assert.equal(parsePlainText(`Date: 11/14/2025\n\n${body}`).publishedAt, "2025-11-14");
    assert.equal(parsePlainText(`Date: 2025/11/14\n\n${body}`).publishedAt, "2025-11-14");
    assert.equal(parsePlainText(`Datum: 05.03.2025\n\n${body}`).publishedAt, "2025-03-05");
    const open = parsePlainText(`Date: 05/03/2025\n\n${body}`);
    assert.equal(open.publishedAt, undefined);
    assert.deepEqual(open.unreadable, ["Date: 05/03/2025"]);
    assert.equal(parsePlainText(`Date: 31.02.2025\n\n${body}`).publishedAt, undefined);
  });

  it("reports a value it cannot read instead of guessing it", () => {
    const parsed = parsePlainText(`Date: le lendemain\nSource: AFP\n\n${body}`);
    assert.equal(parsed.publishedAt, undefined);
    assert.equal(parsed.header.source, "AFP");
    assert.deepEqual(parsed.unreadable, ["Date: le lendemain"]);
  });

  it("takes no header without a known key or without a body after it; other keys go with the header", () => {
    const attention = `Attention: la route est coupée.\n\n${body}`;
    assert.equal(parsePlainText(attention).text, attention);
    assert.equal(parsePlainText("Source: AFP").text, "Source: AFP");
    const section = parsePlainText(`Source: AFP\nSection: Monde\n\n${body}`);
    assert.equal(section.header.source, "AFP");
    assert.equal(section.text, body);
    assert.equal(section.removed[0]?.text, "Source: AFP\nSection: Monde");
  });
});
