import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderMarkdown } from "../src/render/markdown-dossier.js";
import { analyzeCase } from "./golden/cases.js";

// What a reader checks when one event comes in several languages: six short reports of the Geneva meeting (January
// 2022) written for this test in German, English, Spanish, Italian, Portuguese and Romanian, each its own outlet.
describe("geneva-2022-01-languages: one meeting reported in six languages", async () => {
  const analysis = await analyzeCase(new URL("../fixtures/geneva-2022-01-languages", import.meta.url).pathname);
  const story = analysis.stories[0]!;
  const languageOf = new Map(analysis.articles.map((article) => [article.id, article.language]));
  const ALL = ["de", "en", "es", "it", "pt", "ro"];

  it("reads each article in its language and makes one story of the six outlets", () => {
    assert.deepEqual(analysis.articles.map((article) => article.language).sort(), ALL);
    assert.equal(analysis.stories.length, 1);
    assert.equal(story.independentSources, 6);
    assert.deepEqual(story.languages, ALL);
  });

  it("merges each person's and place's spellings across languages", () => {
    const variantsOf = (name: string) => story.entities.find((entity) => entity.variants.includes(name))?.variants;
    const lavrov = variantsOf("Lawrow") ?? [];
    for (const spelling of ["Lavrov", "Sergej Lawrow", "Serguéi Lavrov"])
      assert.ok(lavrov.includes(spelling), spelling);
    const geneva = variantsOf("Genf") ?? [];
    for (const spelling of ["Geneva", "Ginebra", "Ginevra"]) assert.ok(geneva.includes(spelling), spelling);
    assert.equal(story.entities.find((entity) => entity.variants.includes("Russland"))?.type, "place");
    // The dossier shows the spellings, not the functions written before them ("Minister Sergei Lavrov"): the
    // function is shown apart, in italics.
    const people = renderMarkdown(analysis)
      .split("\n")
      .find((line) => line.startsWith("- person:"));
    assert.match(people ?? "", /Sergei Lavrov/);
    assert.doesNotMatch(people ?? "", /Minister Sergei|Minister Lavrov/);
  });

  it("names people, places and people's functions in the language of the dossier's title", () => {
    assert.match(story.title, /Geneva meeting/);
    const names = story.entities.map((entity) => entity.name);
    for (const name of ["Sergei Lavrov", "Geneva", "Russia", "Ukraine", "Moscow"])
      assert.ok(names.includes(name), name);
    // Each article gives each function once: the one the English article writes comes first.
    const roleOf = (name: string) => story.entities.find((entity) => entity.name === name)?.roles[0]?.text;
    assert.equal(roleOf("Antony Blinken"), "Secretary of State");
    assert.equal(roleOf("Sergei Lavrov"), "Russian Foreign Minister");
  });

  it("normalises the meeting's length in every language and shows the report that differs", () => {
    const duration = story.discrepancies.find((discrepancy) => discrepancy.kind === "duration");
    assert.ok(duration !== undefined, "a duration discrepancy");
    // Six languages, none holding most of the values: the kind alone, no noun met by chance across languages, and
    // the dossier says it once.
    assert.equal(duration.about, "duration");
    assert.match(renderMarkdown(analysis), /\n- \*\*duration\*\*\n {2}- 90 min — /);
    const byValue = new Map(duration.values.map((value) => [value.value, value]));
    const ninety = [...byValue.values()].find((value) => value.articleIds.length === 5);
    assert.ok(ninety !== undefined, "90 minutes in five reports");
    assert.deepEqual(ninety.articleIds.map((id) => languageOf.get(id)).sort(), ["de", "en", "es", "pt", "ro"]);
    const other = duration.values.find((value) => value !== ninety);
    assert.deepEqual(
      other?.articleIds.map((id) => languageOf.get(id)),
      ["it"],
    );
    // Each value quotes the report it comes from, verbatim ("una hora y media", "anderthalb Stunden", "90 minutes").
    const quoted = ninety.evidence.map((evidence) => {
      const article = analysis.articles.find((candidate) => candidate.id === evidence.articleId)!;
      return article.text.slice(evidence.start, evidence.end);
    });
    assert.deepEqual(quoted.sort(), [
      "90 minutes",
      "anderthalb Stunden",
      "o oră și jumătate",
      "uma hora e meia",
      "una hora y media",
    ]);
  });

  it("groups one quote of Blinken's across the translations that share its words, and gives it to him", () => {
    const grouped = story.quotes.find((quote) => quote.variants.some((variant) => variant.text.startsWith("swift")));
    assert.equal(grouped?.speaker, "Antony Blinken");
    assert.deepEqual(grouped?.variants.map((variant) => languageOf.get(variant.articleId)).sort(), [
      "en",
      "es",
      "it",
      "pt",
      "ro",
    ]);
  });

  it("groups Lavrov's quote across the six languages, though they share no words: the facts, then 'next week'", () => {
    const written = story.quotes.find((quote) =>
      quote.variants.some((variant) => variant.text.startsWith("Acordamos")),
    );
    assert.equal(written?.speaker, story.entities.find((entity) => entity.variants.includes("Lawrow"))?.name);
    // es, it and pt through the facts that align their sentences; de, en and ro through the week they name, "next
    // week", "nächste Woche", "săptămâna viitoare", which every variant holds.
    assert.deepEqual(written?.variants.map((variant) => languageOf.get(variant.articleId)).sort(), ALL);
    // Each variant is the article's own text, verbatim.
    const textOf = new Map(analysis.articles.map((article) => [article.id, article.text]));
    for (const variant of written?.variants ?? [])
      assert.equal(textOf.get(variant.articleId)?.slice(variant.start, variant.end), variant.text);
    // One quote in the dossier, not six.
    const lines = renderMarkdown(analysis).split("\n");
    assert.equal(lines.filter((line) => line.includes("« Acordamos presentar")).length, 1);
    assert.ok(lines.some((line) => line.includes("« Acordamos presentar") && line.includes("« Abbiamo concordato")));
  });

  it("counts every outlet quoting Lavrov's 'written answers', in six languages, behind one fact", () => {
    const written = story.quotes.find((quote) =>
      quote.variants.some((variant) => variant.text.startsWith("Acordamos")),
    );
    const fact = story.facts.find((candidate) =>
      candidate.evidence.some((span) =>
        written?.variants.some((v) => v.articleId === span.articleId && span.start <= v.start && v.end <= span.end),
      ),
    );
    assert.equal(fact?.independentSources, 6);
    assert.deepEqual(new Set(fact?.evidence.map((span) => languageOf.get(span.articleId))), new Set(ALL));
  });

  it("says each agreed fact once in the summary, whatever language each source wrote it in", () => {
    const inFact = (item: (typeof story.summary)[number], fact: (typeof story.facts)[number]) =>
      fact.evidence.some((span) => span.articleId === item.articleId && span.start < item.end && span.end > item.start);
    for (const fact of story.facts) {
      const items = story.summary.filter((item) => inFact(item, fact));
      assert.ok(items.length <= 1, `${items.length} summary items state: ${fact.text}`);
    }
    // The one said cites the sources that say it in the other languages.
    const meeting = story.facts.find(
      (fact) => fact.independentSources >= 4 && /Blinken/.test(fact.text) && /Lavrov|Lawrow/.test(fact.text),
    )!;
    const said = story.summary.find((item) => inFact(item, meeting));
    assert.ok((said?.alsoIn.length ?? 0) >= 3, "cited across languages");
  });

  it("resolves 'next week' in every language to the same week", () => {
    const nextWeek = story.timeline.filter((entry) =>
      /next week|nächste Woche|próxima semana|prossima settimana|săptămâna viitoare/.test(entry.expression),
    );
    for (const entry of nextWeek) assert.equal(entry.date, "2022-01-24", entry.expression);
    const languages = new Set(nextWeek.flatMap((entry) => entry.articleIds.map((id) => languageOf.get(id))));
    assert.deepEqual([...languages].sort(), ALL);
  });

  it("makes Lavrov's 'next week' one event of the timeline, cited by the six outlets that report it", () => {
    const nextWeek = story.timeline.filter((entry) => entry.date === "2022-01-24");
    assert.equal(nextWeek.length, 1, nextWeek.map((entry) => entry.text).join(" | "));
    assert.deepEqual(nextWeek[0]!.articleIds.map((id) => languageOf.get(id)).sort(), ALL);
    assert.equal(new Set(nextWeek[0]!.evidence.map((span) => span.articleId)).size, 6);
  });
});
