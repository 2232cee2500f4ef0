import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { ingestBytes, ingestPaths } from "./index.js";

const inputs = fileURLToPath(new URL("./test-inputs", import.meta.url));
const fixtures = fileURLToPath(new URL("../../../fixtures/geneva-2022-01", import.meta.url));

describe("ingestPaths", () => {
  it("gives every test input at least one article or an error diagnostic", async () => {
    const result = await ingestPaths([inputs]);
    const files = new Set([
      ...result.articles.map((a) => a.path.replace(/#.*$/, "")),
      ...result.diagnostics.filter((d) => d.severity === "error").map((d) => d.path),
    ]);
    const names = [...files].map((path) => path.slice(inputs.length + 1)).sort();
    assert.deepEqual(names, [
      "article-with-boilerplate.html",
      "articles.jsonl",
      "binary-input.txt",
      "empty.txt",
      "feed-without-items.xml",
      "feed.atom",
      "feed.rss",
      "malformed-feed.rss",
      "page-latin-1.html",
      "page-windows-1252.html",
      "truncated-mid-tag.html",
      "truncated-page.html",
      "whitespace-only.txt",
    ]);
  });

  it("reads the Geneva fixtures in sorted order as text, reporting progress", async () => {
    const progress: string[] = [];
    const { articles, diagnostics } = await ingestPaths([fixtures], {
      onItem: (done, total) => progress.push(`${done}/${total}`),
    });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(progress, ["1/5", "2/5", "3/5", "4/5", "5/5"]);
    assert.deepEqual(
      articles.map((a) => a.path.slice(fixtures.length + 1, fixtures.length + 4)),
      ["000", "001", "002", "003", "004"],
    );
    assert.ok(articles.every((a) => a.format === "text" && a.source === undefined && a.text.length > 1000));
    assert.deepEqual(
      articles.map((a) => a.publishedAt),
      [undefined, undefined, "2022-01", undefined, "2022-01"],
    );
  });

  it("skips dotfiles, reads a file named twice once, and reports missing and too-large files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "recoupe-ingest-"));
    try {
      mkdirSync(join(dir, "b"));
      writeFileSync(join(dir, ".hidden.txt"), "Secret notes that are not an article.");
      writeFileSync(join(dir, "b", "small.txt"), "Un article court.");
      writeFileSync(join(dir, "a-big.txt"), "x".repeat(2000));
      const result = await ingestPaths([dir, join(dir, "b", "small.txt"), join(dir, "missing.txt")], {
        maxBytes: 1000,
      });
      assert.deepEqual(
        result.articles.map((a) => a.path),
        [join(dir, "b", "small.txt")],
      );
      assert.deepEqual(
        result.diagnostics.map((d) => [d.path.slice(dir.length + 1), d.code]),
        [
          ["b/small.txt", "duplicate-input"],
          ["missing.txt", "unreadable-input"],
          ["a-big.txt", "too-large"],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("ingestBytes", () => {
  it("uses the hint over the extension and refuses oversized bytes", () => {
    const bytes = new TextEncoder().encode(
      "<p>Un paragraphe assez long pour être lu comme un article, avec plusieurs mots.</p>",
    );
    assert.equal(ingestBytes("body", bytes, "html").articles[0]?.format, "html");
    assert.equal(ingestBytes("body.txt", bytes, "text").articles[0]?.format, "text");
    assert.deepEqual(
      ingestBytes("body", bytes, "html", { maxBytes: 10 }).diagnostics.map((d) => d.code),
      ["too-large"],
    );
  });

  it("reports XML that is no feed as unsupported", () => {
    const result = ingestBytes("c.xml", new TextEncoder().encode('<?xml version="1.0"?><config><a>1</a></config>'));
    assert.deepEqual(
      result.diagnostics.map((d) => d.code),
      ["unsupported-input"],
    );
  });

  it("gives a text file's header fields to its article, and warns of a value it cannot read", () => {
    const text =
      "Title: Séisme en Italie\nSource: AFP\nURL: https://example.org/a\nDate: le lendemain\nLanguage: fr\n\n" +
      "Un séisme de magnitude 6,1 a frappé lundi le centre de l'Italie, a annoncé la Protection civile.";
    const result = ingestBytes("seisme.txt", new TextEncoder().encode(text));
    const article = result.articles[0]!;
    assert.equal(article.title, "Séisme en Italie");
    assert.equal(article.source, "AFP");
    assert.equal(article.url, "https://example.org/a");
    assert.equal(article.declaredLanguage, "fr");
    assert.equal(article.publishedAt, undefined);
    assert.ok(article.text.startsWith("Un séisme"));
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.severity, d.path]),
      [["unreadable-metadata", "warning", "seisme.txt"]],
    );
    assert.match(result.diagnostics[0]!.message, /Date: le lendemain/);
  });
});
