import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeCase, GOLDEN_DIR } from "./golden/cases.js";

// What a reader checks on the first real case: five French articles from five outlets about one event.
describe("geneva-2022-01: Blinken and Lavrov in Geneva", async () => {
  const analysis = await analyzeCase(`${GOLDEN_DIR}geneva-2022-01/inputs`);
  const story = analysis.stories[0]!;
  const byId = new Map(analysis.articles.map((article) => [article.id, article]));

  it("reads all five articles without error, in French", () => {
    assert.equal(analysis.articles.length, 5);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.severity === "error"),
      [],
    );
    for (const article of analysis.articles) assert.equal(article.language, "fr");
  });

  it("makes one story of the five articles from five outlets", () => {
    assert.equal(analysis.stories.length, 1);
    assert.equal(story.articleIds.length, 5);
    assert.equal(story.independentSources, 5);
  });

  it("summarises in at most 100 words, citing several outlets", () => {
    const words = story.summary.reduce((sum, item) => sum + item.text.split(/\s+/).length, 0);
    assert.ok(words <= 100 && words >= 40, `${words} words`);
    const cited = new Set(story.summary.flatMap((item) => [item.articleId, ...item.alsoIn]));
    assert.ok(cited.size >= 3, `${cited.size} outlets cited`);
  });

  it("leaves no boilerplate in any article and lists what it removed", () => {
    const boilerplate = [
      /Lire aussi/,
      /Article précédent/,
      /Article suivant/,
      /^Accueil Internationales/m,
      /^AFPE$/m,
      /^EPA\/SERGEY DOLZHENKO$/m,
      /Digital Nomad/,
      /Pool Photo via AP/,
      /^81$/m,
    ];
    for (const article of analysis.articles) {
      for (const pattern of boilerplate) assert.doesNotMatch(article.text, pattern, `${article.path} keeps ${pattern}`);
    }
    const removedIn = (name: string) =>
      analysis.articles.find((a) => a.path.includes(name))!.removed.map((r) => r.reason);
    assert.ok(removedIn("003_").includes("read-also"));
    assert.ok(removedIn("003_").includes("breadcrumb"));
    assert.ok(removedIn("002_").includes("photo-credit"));
    assert.ok(removedIn("002_").includes("date-marker"));
  });

  it("keeps the date markers as publication dates", () => {
    const dated = analysis.articles.filter((a) => a.path.includes("002_") || a.path.includes("004_"));
    for (const article of dated) assert.match(article.publishedAt ?? "", /^2022-01/);
  });

  it("names Blinken and Lavrov with their spelling variants merged", () => {
    const blinken = story.entities.find((e) => e.name.includes("Blinken"));
    const lavrov = story.entities.find((e) => e.name.includes("Lavrov"));
    assert.ok(blinken && lavrov, "both are entities");
    assert.equal(blinken.type, "person");
    assert.ok(blinken.variants.includes("Bliken"), `Blinken variants: ${blinken.variants.join(", ")}`);
    assert.equal(blinken.articleIds.length, 5);
    assert.equal(lavrov.articleIds.length, 5);
  });

  it("groups Blinken's 'united, swift and severe' warning across its translations", () => {
    const quote = story.quotes.find((q) => q.variants.some((v) => /rapide et (dure|sévère|ferme)/.test(v.text)));
    assert.ok(quote, "quote found");
    assert.ok(quote.variants.length >= 3, `${quote.variants.length} variants`);
    assert.match(quote.speaker ?? "", /Blinken/);
  });

  it("finds the disagreement on how long the meeting lasted", () => {
    const duration = story.discrepancies.find((d) => d.kind === "duration");
    assert.ok(duration, "a duration discrepancy");
    const values = duration.values.map((v) => v.normalized).sort();
    assert.ok(values.some((v) => v.includes("90")) && values.some((v) => v.includes("120")), values.join(" vs "));
  });

  it("counts the 100,000 troops once whatever the digit grouping", () => {
    const troops = story.facts.find((f) => /100[ .\u202f]000/.test(f.text));
    assert.ok(troops, "a fact on the troops");
    assert.ok(troops.independentSources >= 2);
    assert.ok(!story.discrepancies.some((d) => d.values.every((v) => v.normalized.includes("100000"))));
  });

  it("resolves the relative dates", () => {
    const dates = story.timeline.map((e) => e.date);
    assert.ok(dates.includes("2022-01-21"), `timeline dates: ${dates.join(", ")}`);
    assert.ok(dates.some((d) => d.startsWith("2021-12")));
  });

  it("flags the machine-translated article", () => {
    const translated = analysis.articles
      .filter((a) => a.machineTranslated.likely)
      .map((a) => a.path.replace(/^.*\//, ""));
    assert.ok(
      translated.some((p) => p.startsWith("004_")),
      `flagged: ${translated.join(", ")}`,
    );
    for (const article of analysis.articles) assert.ok(byId.has(article.id));
  });
});
