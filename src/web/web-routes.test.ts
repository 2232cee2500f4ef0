import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { genevaArticles } from "../../test/e2e/geneva-fixtures.js";
import { createApp } from "../api/create-app.js";
import { escapeHtml } from "../render/escape-html.js";
import { openStore } from "../storage/open-store.js";
import type { Store } from "../storage/store.js";

const PAYLOAD = `<img src=x onerror="alert('xss')">`;
const XSS_ARTICLE = {
  source: `<script>alert("source")</script>`,
  title: PAYLOAD,
  text: `Un titre piégé <script>alert(1)</script> dans un article sur les jardins partagés de Lausanne.\n\nLes jardiniers se réunissent chaque samedi matin pour arroser les tomates.`,
};

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below
type Json = any;

describe("the web pages on a SQLite store", () => {
  let dir: string;
  let store: Store;
  let app: Hono;
  let storyId: string;
  let xssArticleId: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "recoupe-web-"));
    store = await openStore(join(dir, "web.sqlite"));
    app = createApp({ store });
    const response = await app.request("/api/articles", {
      method: "POST",
      body: JSON.stringify([...genevaArticles(), XSS_ARTICLE]),
      headers: { "content-type": "application/json" },
    });
    assert.equal(response.status, 201);
    const body: Json = await response.json();
    storyId = body.articles[0].storyId;
    xssArticleId = body.articles[5].id;
  });

  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, headers: response.headers, html: await response.text() };
  };

  it("lists stories with their outlets, sort links and a language filter, under a strict CSP", async () => {
    const { status, headers, html } = await page("/");
    assert.equal(status, 200);
    assert.match(headers.get("content-type") ?? "", /text\/html/);
    const csp = headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.ok(html.includes(`href="/stories/${storyId}"`));
    assert.match(html, /5 independent outlets/);
    assert.match(html, /<a href="\/\?sort=sources">Most sources<\/a>/);
    assert.match(html, /<select name="language">/);
    assert.doesNotMatch(html, /<script/i);
  });

  it("escapes an article's title and source everywhere (no payload reaches the page as HTML)", async () => {
    for (const path of ["/", `/articles/${xssArticleId}`, `/search?q=${encodeURIComponent("jardins")}`]) {
      const { html } = await page(path);
      assert.ok(!html.includes(PAYLOAD), `${path} has the raw payload`);
      assert.doesNotMatch(html, /<script/i, path);
      assert.doesNotMatch(html, /<img/i, path);
    }
    const { html } = await page(`/articles/${xssArticleId}`);
    assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(&#39;xss&#39;)&quot;&gt;"));
  });

  it("renders the dossier with a source badge per summary sentence linking to the highlighted span", async () => {
    const { status, html } = await page(`/stories/${storyId}`);
    assert.equal(status, 200);
    const summary = /<ul class="summary">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
    const items = summary.match(/<li>/g) ?? [];
    assert.ok(items.length > 0, "summary items");
    const badges = [...summary.matchAll(/<a class="badge[^"]*" href="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(badges.length >= items.length);
    assert.match(badges[0] ?? "", /^\/articles\/a_[0-9a-f]{16}\?hl=\d+-\d+#hl-0$/);
    const sources = /<ul class="sources">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
    assert.equal(sources.match(/<li>/g)?.length, 5);
  });

  it("shows an article with the cited span marked and the removed boilerplate apart", async () => {
    const story: Json = await (await app.request(`/api/stories/${storyId}`)).json();
    const item = story.summary[0];
    const { html } = await page(`/articles/${item.articleId}?hl=${item.start}-${item.end}`);
    assert.match(html, /<mark class="focus" id="hl-0">/);
    const marked = [...html.matchAll(/<mark class="focus"[^>]*>([\s\S]*?)<\/mark>/g)].map((match) => match[1]).join("");
    assert.equal(marked, escapeHtml(item.text).replace(/\n/g, "<br>"));
    assert.match(html, /<section class="boilerplate" id="removed">/);
    assert.ok(html.includes(`href="/stories/${storyId}"`));
    const dated = story.articles.find((article: Json) => article.source === "Outlet C");
    const datedPage = await page(`/articles/${dated.id}`);
    assert.match(datedPage.html, /<span class="reason">date-marker<\/span>/);
  });

  it("searches from a form, accents optional", async () => {
    const { html } = await page("/search?q=geneve");
    assert.match(html, /<ol class="hits">/);
    assert.ok(html.includes(`href="/stories/${storyId}"`));
    const empty = await page("/search");
    assert.match(empty.html, /Type words to look for/);
  });

  it("answers bad requests and unknown pages with an HTML error page", async () => {
    const missing = await page("/stories/s_0000000000000000");
    assert.equal(missing.status, 404);
    assert.match(missing.html, /<h1>Not found<\/h1>/);
    const bad = await page("/?limit=0");
    assert.equal(bad.status, 400);
    assert.match(bad.html, /query\.limit/);
    assert.equal((await page("/nowhere")).status, 404);
  });

  it("serves its stylesheet", async () => {
    const response = await app.request("/assets/recoupe.css");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /text\/css/);
  });
});
