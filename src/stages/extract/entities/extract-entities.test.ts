import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { genevaFixtureDocs, makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../../domain/index.js";
import { extractEntities } from "./index.js";

export function analyzed(id: number, text: string, language: string): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: testArticleId(id), language });
}

const docs = genevaFixtureDocs();
const entities = extractEntities(docs);
const find = (name: string) => entities.find((entity) => entity.name === name);

describe("extractEntities on geneva-2022-01", () => {
  it("merges Antony Blinken's spellings and short forms", () => {
    const blinken = find("Antony Blinken");
    assert.equal(blinken?.type, "person");
    for (const variant of ["Blinken", "Bliken", "Anthony Blinken", "M. Blinken"])
      assert.ok(blinken?.variants.includes(variant), variant);
    assert.equal(blinken?.articleIds.length, 5);
  });

  it("merges Sergueï Lavrov with Sergei Lavrov and M. Lavrov", () => {
    const lavrov = find("Sergueï Lavrov");
    assert.equal(lavrov?.type, "person");
    for (const variant of ["Lavrov", "M. Lavrov", "Sergei Lavrov"])
      assert.ok(lavrov?.variants.includes(variant), variant);
  });

  it("types places and organisations", () => {
    assert.equal(find("Genève")?.type, "place");
    assert.equal(find("OTAN")?.type, "organization");
    assert.ok(find("OTAN")?.variants.includes("Otan"));
    assert.equal(find("Jens Stoltenberg")?.type, "person");
    assert.ok(find("Vladimir Poutine")?.variants.includes("Vladimir Purtin"));
    assert.ok(find("États-Unis")?.variants.includes("Etats-Uns"));
  });

  it("leaves sentence-initial common words and role words out", () => {
    for (const name of ["Contexte", "Lire", "Dans", "État", "Affaires", "Vendredi"])
      assert.equal(find(name), undefined, name);
  });

  it("sorts by salience and keeps every evidence span verbatim", () => {
    assert.ok(["Russie", "Sergueï Lavrov", "Antony Blinken"].includes(entities[0]!.name));
    const texts = new Map(docs.map((doc) => [doc.article.id, doc.article.text]));
    for (const entity of entities) {
      for (const mention of entity.evidence)
        assert.equal(texts.get(mention.articleId)!.slice(mention.start, mention.end), mention.text);
    }
  });
});

describe("extractEntities across languages", () => {
  const names = (text: string, language: string) =>
    extractEntities([analyzed(1, text, language)]).map((entity) => [entity.name, entity.type]);

  it("en: titles, roles and places", () => {
    const found = names(
      "Russian Foreign Minister Sergei Lavrov met Mr. Blinken in Geneva on Friday. Lavrov said NATO must leave.",
      "en",
    );
    assert.deepEqual(
      found.find(([name]) => name === "Sergei Lavrov"),
      ["Sergei Lavrov", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Geneva"),
      ["Geneva", "place"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "NATO"),
      ["NATO", "organization"],
    );
    assert.equal(
      found.find(([name]) => name === "Friday"),
      undefined,
    );
  });

  it("es: particles and gazetteer", () => {
    const found = names(
      "El presidente Pedro Sánchez habló con Ursula von der Leyen en Bruselas. Sánchez viajará a Francia.",
      "es",
    );
    assert.deepEqual(
      found.find(([name]) => name === "Pedro Sánchez"),
      ["Pedro Sánchez", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Ursula von der Leyen"),
      ["Ursula von der Leyen", "person"],
    );
    assert.deepEqual(
      found.find(([name]) => name === "Bruselas"),
      ["Bruselas", "place"],
    );
  });

  it("de, it, pt, ro: transliterations of one name merge", () => {
    for (const [text, language] of [
      [
        "Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew. Präsident Selenskij sagte, die Lage sei ernst.",
        "de",
      ],
      ["Il presidente Volodymyr Zelensky ha parlato a Roma. Zelenskiy ha detto che la situazione è grave.", "it"],
      ["O presidente Volodymyr Zelensky falou em Lisboa. Zelenskiy disse que a situação é grave.", "pt"],
      ["Președintele Volodimir Zelenski a vorbit la București. Zelenskîi a spus că situația este gravă.", "ro"],
    ] as const) {
      const entities = extractEntities([analyzed(1, text, language)]);
      const people = entities.filter((entity) => entity.type === "person");
      assert.equal(people.length, 1, `${language}: ${JSON.stringify(people.map((entity) => entity.variants))}`);
    }
  });
});
