import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle } from "../../domain/article.js";
import { assertNothingLost, raw, removedAs } from "./clean-test-support.js";
import { cleanArticle, createCleaner } from "./index.js";

describe("cleanArticle keeps the article's own text", () => {
  it("keeps a quotation on its own line, a short paragraph, and sentences that mention agencies or photos", () => {
    const text = [
      "Les deux ministres se sont rencontrés vendredi à Genève.",
      "« Nous ne sommes pas pressés »",
      "",
      "Il est parti.",
      "",
      "Reuters a rapporté que les discussions avaient duré deux heures.",
      "",
      "Photo opportunities were rare, he said.",
      "",
      "Lire aussi les mémoires du diplomate, conseille-t-il.",
      "",
      "Son frère est journaliste au Monde.",
    ].join("\n");
    const cleaned = cleanArticle(raw(text));
    assert.deepEqual(cleaned.removed, []);
    assert.equal(cleaned.text, text);
  });

  it("does not take a hard-wrapped first line for a headline", () => {
    const text =
      "Le secrétaire d'Etat américain a affirmé ce\nvendredi que le dialogue avec Moscou se poursuivrait.\n\nLa suite est prévue la semaine prochaine.";
    assert.deepEqual(cleanArticle(raw(text)).removed, []);
  });

  it("takes a first-line headline out as the title when the input gives none", () => {
    const cleaned = cleanArticle(
      raw("Blinken et Lavrov à Genève\n\nLes deux ministres se sont rencontrés vendredi.\n\nIls se reverront."),
    );
    assert.equal(cleaned.title, "Blinken et Lavrov à Genève");
    assert.equal(cleaned.text, "Les deux ministres se sont rencontrés vendredi.\n\nIls se reverront.");
  });

  it("cuts a given title glued to the lede, and falls back to the first sentence as the title", () => {
    const glued = cleanArticle(
      raw("Sommet à Genève : pas d'accord Les deux ministres se sont quittés sans accord vendredi soir.", {
        title: "Sommet à Genève : pas d'accord",
      }),
    );
    assert.deepEqual(glued.removed, [{ text: "Sommet à Genève : pas d’accord", reason: "title-repeat" }]);
    assert.equal(glued.text, "Les deux ministres se sont quittés sans accord vendredi soir.");
    assert.equal(cleanArticle(raw("Ils se sont vus. Puis ils sont partis.")).title, "Ils se sont vus.");
  });

  it("does not cut a glued headline at a name that starts with an article", () => {
    const text =
      "Selon les informations publiées vendredi par Le Monde, les deux ministres se sont quittés sans accord.";
    assert.deepEqual(cleanArticle(raw(text)).removed, []);
  });

  it("removes lines without a letter or digit as empty", () => {
    assert.deepEqual(removedAs("Premier paragraphe du texte.\n\n* * *\n\nSecond paragraphe du texte."), [
      ["empty", "* * *"],
    ]);
  });
});

describe("cleanArticle on odd inputs", () => {
  it("gives an empty article for an empty or blank text", () => {
    const empty = { title: "", text: "", removed: [], mojibake: { repaired: 0, examples: [] } };
    assert.deepEqual(cleanArticle(raw("")), empty);
    assert.deepEqual(cleanArticle(raw(" \n\n\u00A0\n")), empty);
  });

  it("loses nothing when cutting titles and credits out of lines", () => {
    assertNothingLost(
      raw("Sommet à Genève : pas d'accord Les deux ministres se sont quittés sans accord.", {
        title: "Sommet à Genève : pas d'accord",
      }),
    );
    assertNothingLost(
      raw("Situation tendue à Genève vendredi Le chef de la diplomatie russe est arrivé tôt le matin à l'hôtel."),
    );
    assertNothingLost(raw("Ils se sont serré la main. EPA/SERGEY DOLZHENKO\n\n* * *\n\nFin de la rencontre."));
  });
});

describe("createCleaner, across a site's articles", () => {
  const article = (n: number, body: string): RawArticle =>
    raw(
      `${body}\n\nSuivez-nous sur Telegram\n\nLa rédaction vous souhaite une bonne lecture et vous donne rendez-vous demain pour de nouvelles analyses.`,
      {
        source: "Le Quotidien",
        url: `https://www.lequotidien.example/${n}`,
        path: `${n}.html`,
      },
    );

  it("removes lines seen in three articles of one site, and not in another site's", () => {
    const cleaner = createCleaner();
    const articles = [1, 2, 3].map((n) =>
      article(n, `Premier fait numéro ${n}, rapporté vendredi.\n\nSecond fait numéro ${n}, confirmé samedi.`),
    );
    for (const item of articles) cleaner.observe(item);
    const cleaned = cleaner.clean(articles[0]!);
    assert.deepEqual(
      cleaned.removed.map((piece) => piece.reason),
      ["repeated-across-site", "repeated-across-site"],
    );
    assert.equal(cleaned.text, "Premier fait numéro 1, rapporté vendredi.\n\nSecond fait numéro 1, confirmé samedi.");
    const other = cleaner.clean({ ...articles[1]!, source: "Autre journal", url: "https://autre.example/2" });
    assert.ok(other.removed.every((piece) => piece.reason !== "repeated-across-site"));
    assert.ok(other.text.includes("La rédaction vous souhaite une bonne lecture"));
  });

  it("counts a site by URL host when no source is named, and the same article once", () => {
    const cleaner = createCleaner();
    const first = raw("Un fait rapporté vendredi.\n\nSuivez-nous sur Telegram", { url: "https://www.site.example/a" });
    const second = raw("Un autre fait rapporté samedi.\n\nSuivez-nous sur Telegram", { url: "https://site.example/b" });
    cleaner.observe(first);
    cleaner.observe(first);
    assert.equal(cleaner.clean(first).removed.length, 0, "one article is not a site pattern");
    cleaner.observe(second);
    assert.deepEqual(cleaner.clean(first).removed, [
      { text: "Suivez-nous sur Telegram", reason: "repeated-across-site" },
    ]);
  });

  it("keeps a body sentence shared by two of four articles of a site", () => {
    const cleaner = createCleaner();
    const shared = "La Russie maintient quelque 100 000 soldats à la frontière ukrainienne depuis des semaines.";
    const bodies = [
      `Premier fait du jour.\n\n${shared}\n\nTroisième fait du jour.\n\nQuatrième fait.\n\nCinquième fait.\n\nSixième fait.\n\nSeptième fait.\n\nHuitième fait.\n\nNeuvième fait.\n\nDixième fait.\n\nOnzième fait.\n\nDouzième fait.\n\nTreizième fait.\n\nQuatorzième fait.\n\nQuinzième fait.`,
      `Autre fait.\n\n${shared}\n\nEncore un fait.`,
      "Un article sans rapport.",
      "Un dernier article.",
    ];
    const items = bodies.map((body, n) => raw(body, { source: "Site", path: `${n}.txt` }));
    for (const item of items) cleaner.observe(item);
    assert.ok(cleaner.clean(items[0]!).text.includes(shared));
  });
});
