import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isJsonLines, parseArticleBody } from "./parse-article-body.js";

describe("parseArticleBody", () => {
  it("reads one object as item 0", () => {
    const parsed = parseArticleBody(JSON.stringify({ source: "Outlet A", text: "Bonjour." }), "application/json");
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.items, [{ position: { index: 0 }, input: { source: "Outlet A", text: "Bonjour." } }]);
  });

  it("reads an array and names each bad index with its reason", () => {
    const parsed = parseArticleBody(
      JSON.stringify([{ text: "Un." }, { source: "X" }, { text: "Deux.", url: "ftp://x" }]),
      "application/json",
    );
    assert.equal(parsed.items.length, 1);
    assert.deepEqual(parsed.errors, [
      { index: 1, message: 'missing "text" (plain text) or "html" (a page)' },
      { index: 2, field: "url", message: '"url" must be an http(s) URL' },
    ]);
  });

  it("reads JSON Lines, skips blank lines and names the broken line", () => {
    const body = `{"text":"Un."}\n\n{"text": "Deux.",}\n{"text":"Trois.","colour":"red"}\n`;
    const parsed = parseArticleBody(body, "application/x-ndjson; charset=utf-8");
    assert.deepEqual(
      parsed.items.map((item) => item.position),
      [{ line: 1 }],
    );
    assert.equal(parsed.errors.length, 2);
    assert.equal(parsed.errors[0]?.line, 3);
    assert.match(parsed.errors[0]?.message ?? "", /^not valid JSON: /);
    assert.equal(parsed.errors[1]?.line, 4);
    assert.match(parsed.errors[1]?.message ?? "", /colour/);
  });

  it("refuses text and html together, empty text, bad dates and languages", () => {
    const parsed = parseArticleBody(
      JSON.stringify([
        { text: "a", html: "<p>a</p>" },
        { text: "  " },
        { text: "a", publishedAt: "yesterday" },
        { text: "a", language: "french!" },
      ]),
      undefined,
    );
    assert.deepEqual(
      parsed.errors.map((error) => [error.index, error.field ?? null]),
      [
        [0, null],
        [1, "text"],
        [2, "publishedAt"],
        [3, "language"],
      ],
    );
  });

  it("says where a broken JSON body breaks, and hints at JSON Lines", () => {
    const parsed = parseArticleBody('{"text":"a"}\n{"text":"b"}', "application/json");
    assert.equal(parsed.items.length, 0);
    assert.equal(parsed.errors.length, 1);
    assert.equal(parsed.errors[0]?.line, 2);
    assert.match(parsed.errors[0]?.message ?? "", /application\/x-ndjson/);
  });

  it("refuses an empty body and an empty array", () => {
    assert.match(parseArticleBody("  ", "application/json").errors[0]?.message ?? "", /empty/);
    assert.match(parseArticleBody("[]", "application/json").errors[0]?.message ?? "", /empty/);
  });

  it("knows the JSON Lines media types", () => {
    assert.equal(isJsonLines("application/x-ndjson"), true);
    assert.equal(isJsonLines("application/jsonl; charset=utf-8"), true);
    assert.equal(isJsonLines("application/json"), false);
    assert.equal(isJsonLines(undefined), false);
  });
});
