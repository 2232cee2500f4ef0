import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import { type ArticleId, asArticleId } from "../../domain/ids.js";
import type { Evidence } from "../../domain/span.js";
import { extractDates, inferPublicationDate } from "../extract/dates/index.js";
import { extractQuantities } from "../extract/numbers/index.js";
import { segmentText } from "../segment/index.js";
import { countIndependentSources } from "./independent-sources.js";
import { corroborate } from "./index.js";

function fixture(): AnalyzedArticle[] {
  const folder = new URL("../../../fixtures/geneva-2022-01/", import.meta.url);
  return readdirSync(folder)
    .sort()
    .map((name, index) => {
      let text = readFileSync(new URL(name, folder), "utf8");
      const marker = /^\s*date (\d{4}-\d{2})\s+/.exec(text);
      if (marker !== null) text = text.slice(marker[0].length);
      const article: Article = {
        id: asArticleId(`a_${name.slice(4, 20)}`),
        path: name,
        source: `outlet-${index}`,
        url: null,
        title: name,
        language: "fr",
        publishedAt: marker?.[1] ?? null,
        publishedAtInferred: false,
        text,
        removed: [],
        duplicateOf: null,
        byline: null,
        siteName: null,
        format: "text",
        machineTranslated: { likely: false, signals: [] },
      };
      return { article, segmented: segmentText(text, "fr") };
    });
}

const docs = fixture();
const id = (prefix: string): ArticleId => docs.find((doc) => doc.article.id.startsWith(`a_${prefix}`))!.article.id;
const textOf = (evidence: Evidence): string =>
  docs.find((doc) => doc.article.id === evidence.articleId)!.article.text.slice(evidence.start, evidence.end);
const dates = docs.flatMap((doc) => extractDates(doc, { date: inferPublicationDate(doc, docs).date, inferred: true }));
const quantities = docs.flatMap(extractQuantities);
const result = corroborate(docs, { duplicates: new Map(), quantities, dates });

describe("corroborate on the Geneva fixture", () => {
  it("finds the meeting-length discrepancy: 90 min [003, 004] vs 120 min [001]", () => {
    const duration = result.discrepancies.find((d) => d.kind === "duration");
    assert.ok(duration !== undefined);
    const byValue = new Map(duration.values.map((value) => [value.normalized, value]));
    assert.deepEqual([...byValue.keys()].sort(), ["120 min", "90 min"]);
    assert.deepEqual(byValue.get("90 min")!.articleIds.sort(), [id("bdcf"), id("763a")].sort());
    assert.deepEqual(byValue.get("120 min")!.articleIds, [id("f63c")]);
    assert.deepEqual(byValue.get("120 min")!.evidence.map(textOf), ["deux heures"]);
    assert.deepEqual(byValue.get("90 min")!.evidence.map(textOf), ["une heure et demie", "une heure et demie"]);
  });

  it("labels it from the nouns beside the values, makes the 90 min a fact and marks the 120 min article against it", () => {
    const duration = result.discrepancies.find((d) => d.kind === "duration")!;
    assert.equal(duration.about, "durée : réunion / entretiens");
    const index = result.facts.findIndex((fact) => fact.evidence.some((e) => textOf(e).includes("une heure et demie")));
    assert.ok(index >= 0);
    assert.deepEqual([...result.facts[index]!.articleIds].sort(), [id("bdcf"), id("763a")].sort());
    assert.equal(result.coverage.find((row) => row.articleId === id("f63c"))!.facts[index], "contradicts");
  });

  it("reads 100 000 and 100.000 soldiers as one value behind a fact of several outlets", () => {
    for (const discrepancy of result.discrepancies) {
      assert.ok(
        !discrepancy.values.some((value) => value.normalized === "100000"),
        "100 000 soldiers is no discrepancy",
      );
    }
    const troops = result.facts.find((fact) => fact.evidence.some((e) => /100[ .]000 soldats/.test(textOf(e))));
    assert.ok(troops !== undefined);
    assert.ok(troops.independentSources >= 2);
    const withNumber = troops.evidence.filter((e) => /100[ .]000/.test(textOf(e))).map((e) => e.articleId);
    assert.ok(new Set(withNumber).size >= 2);
  });

  it("finds the written answer next week across at least three articles", () => {
    const answer = result.facts.find(
      (fact) => /réponse écrite|réponses écrites/.test(fact.text) && fact.articleIds.length >= 3,
    );
    assert.ok(
      answer !== undefined,
      JSON.stringify(result.facts.map((f) => [f.text.slice(0, 60), f.articleIds.length])),
    );
    assert.ok(answer.independentSources >= 3);
  });

  it("reports two venues for the meeting within one article", () => {
    const place = result.discrepancies.find((d) => d.kind === "place");
    assert.equal(place?.about, "lieu : rencontre");
    assert.deepEqual(place?.values.map((v) => v.value).sort(), ["Palais de Genève", "hôtel Président Wilson"]);
  });

  it("gives facts verbatim, most corroborated first, each with two or more sources", () => {
    assert.ok(result.facts.length > 0 && result.facts.length <= 15);
    for (const [index, fact] of result.facts.entries()) {
      assert.equal(textOf(fact.evidence[0]!), fact.text);
      assert.ok(fact.independentSources >= 2);
      if (index > 0) assert.ok(fact.independentSources <= result.facts[index - 1]!.independentSources);
    }
    for (const discrepancy of result.discrepancies) {
      for (const value of discrepancy.values)
        for (const evidence of value.evidence) assert.ok(textOf(evidence).length > 0);
    }
  });

  it("marks coverage per article and fact", () => {
    assert.equal(result.coverage.length, docs.length);
    for (const row of result.coverage) {
      assert.equal(row.facts.length, result.facts.length);
      for (const [index, mark] of row.facts.entries()) {
        assert.equal(mark === "supports", result.facts[index]!.articleIds.includes(row.articleId));
      }
    }
  });
});

describe("countIndependentSources", () => {
  it("counts outlets, with a near-duplicate and its original once", () => {
    const articles = new Map(docs.map((doc) => [doc.article.id, doc.article]));
    const ids = docs.map((doc) => doc.article.id);
    assert.equal(countIndependentSources(ids, articles, new Map()), 5);
    assert.equal(countIndependentSources(ids, articles, new Map([[ids[1]!, ids[0]!]])), 4);
  });
});
