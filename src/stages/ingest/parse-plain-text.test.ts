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
