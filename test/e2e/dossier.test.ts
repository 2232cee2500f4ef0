// End-to-end: the real server on a free port, the fixtures ingested through the API, the pages
// read in headless Chromium as a person would. Needs /usr/bin/chromium (scripts/install-chromium.sh):
// skipped without it, except under CI, where a missing browser is a failure.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningServer, startServer } from "../../src/api/start-server.js";
import { genevaArticles } from "./geneva-fixtures.js";

/** Debian's Chromium; RECOUPE_CHROMIUM points elsewhere (e.g. to check the skip). */
const CHROMIUM = process.env.RECOUPE_CHROMIUM ?? "/usr/bin/chromium";
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;
const TOKEN = "e2e-token";
const PAYLOAD = `<img src=x onerror="document.title='pwned'">`;
const missingBrowser = !existsSync(CHROMIUM);
const skip =
  missingBrowser && !process.env.CI
    ? `${CHROMIUM} is missing: run scripts/install-chromium.sh (as root) to run the browser test`
    : false;

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below
type Json = any;

describe("the dossier in a browser", { skip, timeout: 180_000 }, () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  let storyId: string;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];

  before(async () => {
    if (missingBrowser)
      throw new Error(`CI is set but ${CHROMIUM} is missing: CI must run scripts/install-chromium.sh before the tests`);
    dir = mkdtempSync(join(tmpdir(), "recoupe-e2e-"));
    server = await startServer({ db: join(dir, "e2e.sqlite"), port: 0, host: "127.0.0.1", token: TOKEN });
    base = `http://127.0.0.1:${server.port}`;
    const articles = [
      ...genevaArticles(),
      {
        source: "Piège",
        title: PAYLOAD,
        text: `Un article piégé ${PAYLOAD} sur les vendanges tardives en Valais.\n\nLes vignerons attendent le gel pour récolter.`,
      },
    ];
    const response = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(articles),
    });
    assert.equal(response.status, 201, await response.clone().text());
    const body: Json = await response.json();
    storyId = body.articles[0].storyId;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("lists the story with its five outlets, and the payload title as plain text", async () => {
    await page.goto(`${base}/`);
    const story = page.locator("ol.stories > li", { has: page.locator(`a[href="/stories/${storyId}"]`) });
    await assert.doesNotReject(story.waitFor());
    assert.match((await story.locator(".outlets").textContent()) ?? "", /^5 independent outlets$/);
    assert.equal(await story.locator("ul.chips > li").count(), 5);
    assert.equal(await page.getByText(PAYLOAD, { exact: true }).count(), 1);
    assert.equal(await page.locator("img").count(), 0);
    await page.screenshot({ path: join(SCREENSHOTS, "story-list.png"), fullPage: true });
  });

  it("shows the dossier: summary sentences with source badges, the sources, the differences", async () => {
    await page.click(`a[href="/stories/${storyId}"]`);
    await page.waitForURL(`**/stories/${storyId}`);
    const summary = page.locator("ul.summary > li");
    const sentences = await summary.count();
    assert.ok(sentences > 0, "the summary has sentences");
    for (let i = 0; i < sentences; i += 1)
      assert.ok((await summary.nth(i).locator("a.badge").count()) >= 1, `summary sentence ${i + 1} has a source badge`);
    assert.equal(await page.locator("ul.sources > li").count(), 5);
    const cards = page.locator(".card.discrepancy");
    for (let i = 0; i < (await cards.count()); i += 1)
      assert.ok((await cards.nth(i).locator("blockquote").count()) >= 2, "a discrepancy card quotes both sides");
    assert.equal(await page.locator("script, img").count(), 0);
    assert.notEqual(await page.title(), "pwned");
    await page.screenshot({ path: join(SCREENSHOTS, "dossier.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await page.screenshot({ path: join(SCREENSHOTS, "dossier-phone.png"), fullPage: false });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it("opens the cited passage, highlighted, when a summary badge is clicked", async () => {
    const story: Json = await (await fetch(`${base}/api/stories/${storyId}`)).json();
    const first = story.summary[0];
    await page.locator("ul.summary > li").first().locator("a.badge").first().click();
    await page.waitForURL(/\/articles\/a_[0-9a-f]{16}\?hl=\d+-\d+#hl-0$/);
    assert.ok(page.url().includes(`/articles/${first.articleId}?hl=${first.start}-${first.end}`));
    const mark = page.locator("mark#hl-0");
    assert.equal(await mark.isVisible(), true);
    const marked = (await page.locator("mark.focus").allInnerTexts()).join("");
    assert.equal(marked.replace(/\s+/g, " ").trim(), first.text.replace(/\s+/g, " ").trim());
    assert.ok(
      await mark.evaluate((element) => element.getBoundingClientRect().top < window.innerHeight),
      "the passage is scrolled into view",
    );
    await assert.doesNotReject(page.locator("section.boilerplate h2").waitFor());
    await page.screenshot({ path: join(SCREENSHOTS, "article.png"), fullPage: false });
  });

  it("ran no script and broke no Content-Security-Policy rule", () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(cspViolations, []);
  });
});
