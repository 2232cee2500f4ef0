import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { RawArticle, RemovalReason } from "../../domain/article.js";
import { cleanArticle, createCleaner, detectMachineTranslation, normalizeText } from "./index.js";

const NAMES = [
  "000_7880b336ff94ad0c.txt",
  "001_f63cd0a6924aa689.txt",
  "002_abfe26ca1329c67e.txt",
  "003_bdcf629aeea73049.txt",
  "004_763ac30657c09442.txt",
] as const;

/** The fixture as ingest hands it over: the ` date YYYY-MM` marker already taken out. */
function fixture(name: string): RawArticle {
  const file = readFileSync(new URL(`../../../fixtures/geneva-2022-01/${name}`, import.meta.url), "utf8");
  const marker = /^\s*date (\d{4}-\d{2})\s+/.exec(file);
  if (marker === null) return { path: name, format: "text", text: file };
  return {
    path: name,
    format: "text",
    text: file.slice(marker[0].length),
    publishedAt: marker[1]!,
    removed: [{ text: `date ${marker[1]}`, reason: "date-marker" }],
  };
}

const summary = (name: string): Array<[RemovalReason, string]> =>
  cleanArticle(fixture(name)).removed.map((piece) => [
    piece.reason,
    piece.text.length > 60 ? `${piece.text.slice(0, 60)}…` : piece.text,
  ]);

describe("cleanArticle on the geneva-2022-01 articles", () => {
  it("000 and 001 lose nothing", () => {
    assert.deepEqual(summary(NAMES[0]), []);
    assert.deepEqual(summary(NAMES[1]), []);
  });

  it("002 loses its glued headline, the photo credit, three section headings and the agency tag", () => {
    assert.deepEqual(summary(NAMES[2]), [
      ["title-repeat", "Situation en Ukraine – Blinken et Lavrov se rencontreront à …"],
      ["photo-credit", "Jonathan Nackstrand/Pool Photo via AP"],
      ["subheading", "Contexte explosif"],
      ["subheading", "Solution diplomatique"],
      ["subheading", "Nouvelle menace"],
      ["agency-tag", "AFPE"],
    ]);
    const cleaned = cleanArticle(fixture(NAMES[2]));
    assert.equal(cleaned.title, "Situation en Ukraine – Blinken et Lavrov se rencontreront à Genève vendredi");
    assert.ok(cleaned.text.startsWith("Le chef de la diplomatie américaine Antony Blinken et son homologue russe"));
    assert.ok(
      cleaned.text.includes("ne soit pas intéressée par une solution diplomatique.\n\n"),
      "the caption sentence stays",
    );
  });

  it("003 loses breadcrumb, title, share counters, two teasers, prev/next links and the site blurb", () => {
    assert.deepEqual(summary(NAMES[3]), [
      ["breadcrumb", "Accueil Internationales La réunion entre Blinken et Lavrov s…"],
      ["title-repeat", "La réunion entre Blinken et Lavrov sur la crise ukrainienne …"],
      ["share-counter", "81\n0"],
      ["read-also", "Lire aussi : La ville presque déserte du Japon qui s’est tra…"],
      ["read-also", "Lire aussi : La Grèce autorise l’entrée avec un test d’antig…"],
      ["navigation", "Article précédentL’acteur John Malkovich n’a pas pu séjourne…"],
      ["author-bio", "Digital Nomad depuis 5 ans, en charge de la rédaction du sit…"],
    ]);
    const cleaned = cleanArticle(fixture(NAMES[3]));
    assert.equal(
      cleaned.title,
      "La réunion entre Blinken et Lavrov sur la crise ukrainienne est terminée. Ce que la Russie attend des négociations",
    );
    assert.ok(cleaned.text.startsWith("La réunion à Genève des diplomates russes et américains s’est terminée"));
    assert.ok(cleaned.text.endsWith("continuaient à rechercher une solution diplomatique."));
    assert.ok(cleaned.removed[5]!.text.includes("\nArticle suivantL’acteur français Gaspard Ulliel"));
  });

  it("004 loses the photo credit only", () => {
    assert.deepEqual(summary(NAMES[4]), [["photo-credit", "EPA/SERGEY DOLZHENKO"]]);
  });

  it("gives the same result when the cleaner has seen all five articles under one site", () => {
    const cleaner = createCleaner();
    const raws = NAMES.map((name) => ({ ...fixture(name), source: "one-site" }));
    for (const raw of raws) cleaner.observe(raw);
    for (const raw of raws) assert.deepEqual(cleaner.clean(raw), cleanArticle(raw), raw.path);
  });
});

describe("cleanArticle invariants on the geneva-2022-01 articles", () => {
  for (const name of NAMES) {
    it(`${name}: cleaned text + removed pieces = normalised input, and nothing of the article is lost`, () => {
      const raw = fixture(name);
      const original = normalizeText(raw.text);
      const cleaned = cleanArticle(raw);
      const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "");
      const after = [...words(cleaned.text), ...cleaned.removed.flatMap((piece) => words(piece.text))].sort();
      assert.deepEqual(after, words(original).sort(), "same words, none lost, none invented");
      assert.equal(normalizeText(cleaned.text), cleaned.text, "the cleaned text is normalised");
      for (const line of cleaned.text.split("\n")) {
        if (line !== "") assert.ok(original.includes(line), `kept line not verbatim in the input: ${line}`);
      }
      const removedCharacters = cleaned.removed.reduce((sum, piece) => sum + piece.text.length, 0);
      assert.ok(
        removedCharacters <= original.length * 0.2,
        `removed ${removedCharacters} of ${original.length} characters`,
      );
      assert.ok(!cleaned.removed.some((piece) => piece.reason === "date-marker"), "ingest's removals stay ingest's");
    });
  }
});

describe("detectMachineTranslation on the geneva-2022-01 articles", () => {
  const verdict = (name: string) => detectMachineTranslation(cleanArticle(fixture(name)).text, "fr");

  it("flags 004 with its untranslated words, broken idiom and stray punctuation", () => {
    const { likely, signals } = verdict(NAMES[4]);
    assert.equal(likely, true);
    const excerpts = signals.map((signal) => `${signal.kind}: ${signal.excerpt}`);
    assert.ok(
      excerpts.some((e) => e.startsWith("untranslated-fragment") && e.includes("mais stress que")),
      excerpts.join("\n"),
    );
    assert.ok(excerpts.some((e) => e.startsWith("untranslated-fragment") && e.includes("UNE La BBC")));
    assert.ok(excerpts.some((e) => e.startsWith("broken-idiom") && e.includes("écrire « gardien »")));
    assert.ok(excerpts.some((e) => e.startsWith("stray-punctuation") && e.includes(". . fais le")));
    assert.ok(excerpts.some((e) => e.startsWith("stray-punctuation") && e.includes("voisins. . partagent")));
  });

  it("flags 000 on a translated outlet name and a sentence cut at a period", () => {
    const { likely, signals } = verdict(NAMES[0]);
    assert.equal(likely, true);
    assert.deepEqual(
      signals.map((signal) => signal.kind),
      ["stray-punctuation", "calque"],
    );
    assert.ok(signals[0]!.excerpt.includes("Washington. chercher une solution diplomatique."));
    assert.ok(signals[1]!.excerpt.includes("Poste de Washington"));
  });

  it("notes the split web address in 003 without flagging it on that alone", () => {
    const { likely, signals } = verdict(NAMES[3]);
    assert.equal(likely, false);
    assert.deepEqual(
      signals.map((signal) => signal.excerpt),
      ["rapporte l’AFP, citée par news. ro. M. Lavrov a également"],
    );
  });

  it("finds nothing in 001 and 002", () => {
    assert.deepEqual(verdict(NAMES[1]), { likely: false, signals: [] });
    assert.deepEqual(verdict(NAMES[2]), { likely: false, signals: [] });
  });
});
