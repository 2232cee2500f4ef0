import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle } from "../../domain/article.js";
import { raw } from "./clean-test-support.js";
import { createCleaner } from "./index.js";

describe("createCleaner(snapshot)", () => {
  const furniture = [
    "Rubrique Monde",
    "Édition numérique du Quotidien",
    "La rédaction vous souhaite une bonne lecture et vous donne rendez-vous demain pour de nouvelles analyses.",
  ];
  const bodies = [
    ["Premier fait rapporté vendredi à Genève.", "Le ministre a quitté la salle avant la fin."],
    ["Deuxième fait rapporté samedi à Vienne.", "Le ministre a quitté la salle avant la fin."],
    ["Troisième fait rapporté dimanche à Berlin.", "Les négociations reprendront la semaine prochaine."],
    ["Quatrième fait rapporté lundi à Rome.", "Un accord reste possible, selon un diplomate."],
  ];
  // Every article carries the site's lines; "Voir la carte interactive" only half of them (seen in 2: furniture by majority).
  const articles: RawArticle[] = bodies.map((body, n) =>
    raw(
      [furniture[0], ...body, ...(n % 2 === 0 ? ["Voir la carte interactive"] : []), ...furniture.slice(1)].join(
        "\n\n",
      ),
      {
        source: "Le Quotidien",
        title: `Fait numéro ${n}`,
        url: `https://lequotidien.example/${n}`,
        path: `${n}.html`,
      },
    ),
  );

  it("cleans like the cleaner it was taken from, once copied as a worker thread would receive it", () => {
    // Over three articles, the line in two of them is furniture too.
    for (const observed of [articles, articles.slice(0, 3)]) {
      const observing = createCleaner();
      for (const article of observed) observing.observe(article);
      const copied = structuredClone(observing.snapshot());
      const restored = createCleaner(copied);
      for (const article of articles) assert.deepEqual(restored.clean(article), observing.clean(article));
      const removed = observing.clean(articles[0]!).removed.filter((piece) => piece.reason === "repeated-across-site");
      assert.equal(removed.length, observed.length === 3 ? 4 : 3, "the test has furniture");
    }
  });

  it("keeps only what cleaning reads: the articles counted and the lines seen often enough to be furniture", () => {
    const observing = createCleaner();
    for (const article of articles) observing.observe(article);
    const site = observing.snapshot().sites.get("le quotidien");
    assert.equal(site?.articles, 4);
    assert.equal(site?.repeatedLines.get("rubrique monde"), 4);
    assert.equal(site?.repeatedLines.has("premier fait rapporte vendredi a geneve."), false, "seen once");
    assert.equal(site?.repeatedLines.has("voir la carte interactive"), false, "seen in 2 of 4: never furniture");
    const fewer = createCleaner();
    for (const article of articles.slice(0, 3)) fewer.observe(article);
    assert.equal(fewer.snapshot().sites.get("le quotidien")?.repeatedLines.get("voir la carte interactive"), 2);
  });

  it("can observe more articles after the snapshot", () => {
    const observing = createCleaner();
    for (const article of articles.slice(0, 2)) observing.observe(article);
    const restored = createCleaner(observing.snapshot());
    for (const article of articles.slice(2)) {
      observing.observe(article);
      restored.observe(article);
    }
    assert.deepEqual(restored.clean(articles[3]!), observing.clean(articles[3]!));
  });
});
