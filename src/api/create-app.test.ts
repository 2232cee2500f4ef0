import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { genevaArticles } from "../../test/e2e/geneva-fixtures.js";
import { openStore } from "../storage/open-store.js";
import type { Store } from "../storage/store.js";
import { createApp } from "./create-app.js";

const TOKEN = "test-token";
const auth = { authorization: `Bearer ${TOKEN}` };

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below
type Json = any;

describe("the HTTP API on a SQLite store", () => {
  let dir: string;
  let store: Store;
  let app: Hono;
  let storyId: string;

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", body, headers: { "content-type": "application/json", ...auth, ...headers } });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "recoupe-api-"));
    store = await openStore(join(dir, "api.sqlite"));
    app = createApp({ store, token: TOKEN, maxBodyBytes: 100_000 });
  });

  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses writes without the bearer token (401) and stores nothing", async () => {
    const response = await app.request("/api/articles", {
      method: "POST",
      body: JSON.stringify(genevaArticles()),
      headers: { "content-type": "application/json" },
    });
    assert.equal(response.status, 401);
    const body: Json = await response.json();
    assert.match(body.error.message, /Authorization: Bearer/);
    assert.equal(await store.countArticles(), 0);
  });

  it("ingests the five Geneva articles and groups them into a story", async () => {
    const response = await post("/api/articles", JSON.stringify(genevaArticles()));
    assert.equal(response.status, 201);
    const body: Json = await response.json();
    assert.equal(body.inserted, 5);
    assert.equal(body.existing, 0);
    assert.deepEqual(
      body.articles.map((article: Json) => [article.index, article.status]),
      [0, 1, 2, 3, 4].map((index) => [index, "inserted"]),
    );
    for (const article of body.articles) assert.match(article.storyId, /^s_[0-9a-f]{16}$/);
    assert.ok(body.stories.length >= 1);
    storyId = body.articles[0].storyId;
  });

  it("changes nothing when the same articles come again (200, all existing)", async () => {
    const response = await post("/api/articles", JSON.stringify(genevaArticles()));
    assert.equal(response.status, 200);
    const body: Json = await response.json();
    assert.equal(body.inserted, 0);
    assert.equal(body.existing, 5);
    assert.equal(await store.countArticles(), 5);
  });

  it("lists stories with their sources, sorted and filtered", async () => {
    const body: Json = await (await app.request("/api/stories?sort=sources&limit=5")).json();
    assert.equal(body.limit, 5);
    assert.equal(body.offset, 0);
    assert.ok(body.total >= 1);
    const top = body.items[0];
    assert.equal(top.id, storyId);
    assert.equal(top.articleCount, 5);
    assert.deepEqual(top.sources, ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]);
    assert.deepEqual(top.languages, ["fr"]);
    const french: Json = await (await app.request("/api/stories?language=fr&from=2022-01&to=2022-01-31")).json();
    assert.ok(french.items.some((item: Json) => item.id === storyId));
    const german: Json = await (await app.request("/api/stories?language=de")).json();
    assert.equal(german.total, 0);
  });

  it("refuses bad list parameters with 400 naming them", async () => {
    const response = await app.request("/api/stories?limit=0&sort=oldest");
    assert.equal(response.status, 400);
    const body: Json = await response.json();
    assert.deepEqual(body.error.details.map((detail: Json) => detail.field).sort(), ["query.limit", "query.sort"]);
  });

  it("serves the dossier: the CLI's story JSON plus article metadata, summary verbatim", async () => {
    const response = await app.request(`/api/stories/${storyId}`);
    assert.equal(response.status, 200);
    const story: Json = await response.json();
    for (const field of [
      "id",
      "title",
      "articleIds",
      "summary",
      "entities",
      "quotes",
      "facts",
      "discrepancies",
      "timeline",
      "independentSources",
      "languages",
      "period",
      "coverage",
      "articles",
    ]) {
      assert.ok(field in story, `dossier field ${field}`);
    }
    assert.equal(story.articles.length, 5);
    assert.equal(story.articles[0].text, undefined);
    assert.ok(story.summary.length > 0);
    for (const item of story.summary) {
      const article: Json = await (await app.request(`/api/articles/${item.articleId}`)).json();
      assert.equal(article.text.slice(item.start, item.end), item.text);
      assert.equal(article.storyId, storyId);
    }
  });

  it("answers 404 for unknown or malformed ids", async () => {
    assert.equal((await app.request("/api/stories/s_0000000000000000")).status, 404);
    assert.equal((await app.request("/api/stories/nope")).status, 404);
    const missing = await app.request("/api/articles/a_0000000000000000");
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as Json).error.status, 404);
  });

  it("searches accent-insensitively: « geneve » finds « Genève »", async () => {
    const plain: Json = await (await app.request("/api/search?q=geneve")).json();
    const accented: Json = await (await app.request(`/api/search?q=${encodeURIComponent("Genève")}`)).json();
    assert.ok(plain.hits.length >= 1);
    assert.deepEqual(
      plain.hits.map((hit: Json) => hit.articleId).sort(),
      accented.hits.map((hit: Json) => hit.articleId).sort(),
    );
    assert.equal(plain.hits[0].storyId, storyId);
    assert.equal((await app.request("/api/search")).status, 400);
  });

  it("refuses a JSON Lines body with a broken line (400 naming the line) and stores nothing of it", async () => {
    const lines = [
      JSON.stringify({ source: "Ok", text: "Une phrase tout à fait correcte sur la réunion de Genève." }),
      '{"source": "Broken", "text": "unterminated',
      JSON.stringify({ source: "No text" }),
    ];
    const response = await post("/api/articles", lines.join("\n"), { "content-type": "application/x-ndjson" });
    assert.equal(response.status, 400);
    const body: Json = await response.json();
    assert.match(body.error.message, /line 2: not valid JSON/);
    assert.deepEqual(
      body.error.details.map((detail: Json) => detail.line),
      [2, 3],
    );
    assert.equal(await store.countArticles(), 5);
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await post("/api/articles", JSON.stringify({ source: "Big", text: "mot ".repeat(40_000) }));
    assert.equal(response.status, 413);
    const body: Json = await response.json();
    assert.match(body.error.message, /larger than the 100000 bytes/);
  });

  it("subscribes to feeds, refusing what is not an http(s) URL", async () => {
    const bad = await post("/api/feeds", JSON.stringify({ url: "file:///etc/passwd" }));
    assert.equal(bad.status, 400);
    const good = await post("/api/feeds", JSON.stringify({ url: "https://example.org/feed.xml" }));
    assert.equal(good.status, 201);
    assert.equal((await post("/api/feeds", JSON.stringify({ url: "https://example.org/feed.xml" }))).status, 200);
    const list: Json = await (await app.request("/api/feeds")).json();
    assert.deepEqual(
      list.feeds.map((feed: Json) => feed.url),
      ["https://example.org/feed.xml"],
    );
  });

  it("describes itself in OpenAPI 3.1 and sends security headers", async () => {
    const response = await app.request("/api/openapi.json");
    const document: Json = await response.json();
    assert.equal(document.openapi, "3.1.0");
    assert.deepEqual(Object.keys(document.paths).sort(), [
      "/api/articles",
      "/api/articles/{id}",
      "/api/feeds",
      "/api/openapi.json",
      "/api/search",
      "/api/stories",
      "/api/stories/{id}",
    ]);
    assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'none'/);
  });
});
