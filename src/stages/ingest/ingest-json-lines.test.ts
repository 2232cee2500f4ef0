import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ingestJsonLines } from "./ingest-json-lines.js";

const input = (name: string) => readFileSync(new URL(`./test-inputs/${name}`, import.meta.url), "utf8");

describe("ingestJsonLines", () => {
  it("reads each good line as an article and reports each bad one with its line, going on after it", () => {
    const { articles, diagnostics } = ingestJsonLines("a.jsonl", input("articles.jsonl"));
    assert.deepEqual(
      articles.map((a) => a.path),
      ["a.jsonl#L1", "a.jsonl#L3", "a.jsonl#L7"],
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.line, d.code, d.severity]),
      [
        [2, "invalid-json-line", "error"],
        [5, "invalid-article", "error"],
        [6, "invalid-article", "error"],
        [7, "invalid-article", "warning"],
      ],
    );
    assert.match(diagnostics[1]!.message, /needs a non-empty `text` or `html`/);
    assert.ok(diagnostics.every((d) => d.path === "a.jsonl" && d.stage === "ingest"));
  });

  it("keeps the metadata of a text line as given", () => {
    const [first] = ingestJsonLines("a.jsonl", input("articles.jsonl")).articles;
    assert.deepEqual(first, {
      path: "a.jsonl#L1",
      format: "jsonl",
      text: "Ferry services resumed on Tuesday after three weeks of works on the northern quays.\n\nThe first ships docked at six in the morning.",
      url: "https://www.example-news.test/2023/03/ferries",
      source: "Example News",
      title: "Ferries resume service",
      publishedAt: "2023-03-14",
      declaredLanguage: "en",
    });
  });

  it("extracts an `html` line's text and takes source and language from the page", () => {
    const article = ingestJsonLines("a.jsonl", input("articles.jsonl")).articles[1]!;
    assert.equal(article.source, "Le Journal");
    assert.equal(article.declaredLanguage, "fr");
    assert.equal(article.url, "https://journal.example.test/articles/42");
    assert.equal(article.text.split("\n\n").length, 2);
    assert.ok(article.text.startsWith("Le conseil municipal a voté lundi soir le budget de l’année"));
  });

  it("takes the URL's host as source when nothing else names the outlet", () => {
    const line = JSON.stringify({ url: "https://www.lemonde.example/x", text: "Un texte." });
    assert.equal(ingestJsonLines("b.jsonl", line).articles[0]?.source, "lemonde.example");
  });
});
