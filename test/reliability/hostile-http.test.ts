import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { genevaArticles } from "../e2e/geneva-fixtures.js";
import { killAllRecoupe } from "./recoupe-process.js";
import { startTestServer, type TestServer } from "./test-server.js";

const TOKEN = "hostile-test-token";
const MAX_BODY = 1_000_000;
const auth = { authorization: `Bearer ${TOKEN}` };
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field
type Json = any;

/**
 * The server (in a process of its own, as in production) under slow, oversized, broken and hostile
 * requests: each gets a clear error, the server keeps answering others, and nothing stored is lost.
 */
describe("the server under hostile requests", { timeout: 150_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-hostile-http-"));
  const db = join(work, "store.db");
  const options = {
    db,
    token: TOKEN,
    maxBodyBytes: MAX_BODY,
    writeRateLimit: { limit: 1_000, windowMs: 60_000 },
    clientTimeouts: { headersMs: 2_000, requestMs: 3_000, keepAliveMs: 1_000, checkIntervalMs: 250 },
  };
  let server: TestServer;
  let articleCount = 0;

  const get = (path: string) => fetch(`${server.base}${path}`, { signal: AbortSignal.timeout(20_000) });
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.base}${path}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...auth, ...headers },
      signal: AbortSignal.timeout(30_000),
    });

  /** The server answers the story list, and still holds every article it had. */
  async function assertAlive(): Promise<void> {
    const response = await get("/api/stories");
    assert.equal(response.status, 200);
    const body: Json = await response.json();
    const counted = body.items.reduce((sum: number, item: Json) => sum + item.articleCount, 0);
    assert.equal(counted, articleCount, "articles lost or added");
  }

  before(async () => {
    server = await startTestServer(options);
    const response = await post("/api/articles", JSON.stringify(genevaArticles()));
    assert.equal(response.status, 201, await response.text());
    articleCount = 5;
  });

  after(async () => {
    await server?.stop();
    await killAllRecoupe();
    rmSync(work, { recursive: true, force: true });
  });

  it("cuts off a client sending its body a byte at a time (408), answering others meanwhile", async () => {
    const socket = connect(server.port, "127.0.0.1");
    let received = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      received += chunk;
    });
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => undefined);
    socket.write(
      `POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 1000\r\n\r\n`,
    );
    const body = JSON.stringify({ text: "x".repeat(990) });
    let sent = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed && sent < body.length) socket.write(body[sent++]!);
    }, 100);
    try {
      for (let index = 0; index < 5; index += 1) {
        const started = Date.now();
        await assertAlive();
        assert.ok(Date.now() - started < 5_000, "a slow client held the others up");
        await sleep(200);
      }
      const outcome = await Promise.race([closed.then(() => "closed"), sleep(20_000, "open", { ref: false })]);
      assert.equal(outcome, "closed", "the slow client was never cut off");
      assert.match(received, /^HTTP\/1\.1 408/);
      assert.ok(sent < body.length, "the whole body got through: the timeout did not apply");
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it("cuts off a client sending its headers slowly", async () => {
    const socket = connect(server.port, "127.0.0.1");
    socket.on("error", () => undefined);
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    const drip = setInterval(() => socket.destroyed || socket.write("X-Slow: y\r\n"), 200);
    socket.write("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    try {
      const outcome = await Promise.race([closed.then(() => "closed"), sleep(20_000, "open", { ref: false })]);
      assert.equal(outcome, "closed");
      await assertAlive();
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it("refuses a body over the limit with 413 saying the limit, with or without Content-Length", async () => {
    const big = JSON.stringify({ text: "word ".repeat(MAX_BODY / 4) });
    const declared = await post("/api/articles", big);
    assert.equal(declared.status, 413);
    assert.match(((await declared.json()) as Json).error.message, new RegExp(`${MAX_BODY} bytes`));
    // Chunked: no Content-Length, so the limit must be counted while reading.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        `${server.base}/api/articles`,
        { method: "POST", headers: { "content-type": "application/json", ...auth }, timeout: 20_000 },
        (response) => {
          let text = "";
          response.setEncoding("utf8").on("data", (chunk: string) => {
            text += chunk;
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      outgoing.on("error", reject);
      for (let index = 0; index < 5; index += 1) outgoing.write(big.slice(0, 300_000));
      outgoing.end();
    });
    assert.equal(chunked.status, 413);
    assert.match(chunked.body, /larger than the 1000000 bytes/);
    await assertAlive();
  });

  it("refuses broken, binary and absurdly nested bodies with 400 naming the fault, storing nothing", async () => {
    const cases: [string, BodyInit, Record<string, string>, RegExp][] = [
      ["truncated JSON", '{"text": "unterminated', {}, /not valid JSON/],
      ["invalid UTF-8", new Uint8Array([0x7b, 0xc3, 0x28, 0xff, 0xfe, 0x7d]), {}, /not valid JSON/],
      ["100,000 nested arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, {}, /item 0|"text"|body/],
      [
        "JSON Lines with a broken line",
        `${JSON.stringify({ text: "Un article valide sur le budget de Grenoble, voté jeudi soir." })}\n{"text": \n`,
        { "content-type": "application/x-ndjson" },
        /line 2/,
      ],
      ["an empty body", "", {}, /empty/],
    ];
    for (const [name, body, headers, message] of cases) {
      const response = await post("/api/articles", body, headers);
      assert.equal(response.status, 400, name);
      assert.match(((await response.json()) as Json).error.message, message, name);
    }
    await assertAlive();
  });

  it("refuses a page of 80,000 nested divs at once, answering others meanwhile", async () => {
    const html = `<html><body>${"<div>".repeat(80_000)}<p>Texte.</p>${"</div>".repeat(80_000)}</body></html>`;
    const started = Date.now();
    const [response] = await Promise.all([post("/api/articles", JSON.stringify({ html })), assertAlive()]);
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as Json).error.message, /nests elements more than \d+ deep/);
    assert.ok(Date.now() - started < 10_000);
    await assertAlive();
  });

  it("escapes script payloads in titles, sources and texts on every page", async () => {
    const payload = {
      url: "https://hostile.example/xss",
      source: '<img src=x onerror=alert("source")>',
      title: '<script>alert("title")</script> Grenoble vote son budget',
      language: "fr",
      text: 'Le conseil municipal de Grenoble a adopté son budget <script>alert("text")</script> après cinq heures de débats.\n\nL\'opposition a dénoncé un budget </p><iframe src=//evil.example></iframe> « insincère », selon les élus.',
    };
    const response = await post("/api/articles", JSON.stringify(payload));
    const text = await response.text();
    assert.equal(response.status, 201, text);
    articleCount += 1;
    const created: Json = JSON.parse(text);
    const { id: articleId, storyId } = created.articles[0];
    const pages = [
      "/",
      `/stories/${storyId}`,
      `/articles/${articleId}`,
      `/search?q=${encodeURIComponent(payload.title)}`,
    ];
    for (const page of pages) {
      const html = await (await get(page)).text();
      for (const raw of ["<script", "<img src=x", "<iframe"])
        assert.equal(html.includes(raw), false, `${raw} in ${page}`);
    }
    const article = await (await get(`/articles/${articleId}`)).text();
    assert.match(article, /&lt;script&gt;alert\(&quot;text&quot;\)&lt;\/script&gt;|&lt;script&gt;alert\("text"\)/);
    await assertAlive();
  });

  it("answers any search: SQL and full-text operators are plain text", async () => {
    const queries = [
      "'; DROP TABLE articles; --",
      '"',
      '"Genève',
      "*",
      "gen*",
      "NEAR(a b)",
      "NEAR(",
      "-",
      "-budget",
      "a OR",
      "(((",
      "budget)",
      ") OR 1=1 --",
      "\\",
      "%_",
      "^",
      "title:x",
      "\u0000",
    ];
    for (const q of queries) {
      for (const path of [`/api/search?q=${encodeURIComponent(q)}`, `/search?q=${encodeURIComponent(q)}`]) {
        const response = await get(path);
        assert.ok(response.status === 200 || response.status === 400, `${path}: ${response.status}`);
        if (path.startsWith("/api/") && response.status === 200)
          assert.ok(Array.isArray(((await response.json()) as Json).hits));
        else await response.text();
      }
    }
    await assertAlive();
  });

  it("fetches a malformed feed without harm, and keeps the subscription across a restart", async () => {
    const feedServer = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</titl');
    });
    await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
      assert.equal((await post("/api/feeds", JSON.stringify({ url }))).status, 201);
      const deadline = Date.now() + 20_000;
      let feed: Json;
      while (Date.now() < deadline) {
        feed = ((await (await get("/api/feeds")).json()) as Json).feeds.find((item: Json) => item.url === url);
        if (feed?.lastFetchedAt !== null) break;
        await sleep(100);
      }
      assert.ok(feed?.lastFetchedAt, "the feed was never fetched");
      await server.stop();
      server = await startTestServer(options);
      const listed: Json = await (await get("/api/feeds")).json();
      assert.deepEqual(
        listed.feeds.map((item: Json) => item.url),
        [url],
      );
      await assertAlive();
    } finally {
      feedServer.close();
    }
  });
});
