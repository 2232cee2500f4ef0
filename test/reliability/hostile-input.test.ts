import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Article } from "../../src/domain/article.js";
import type { Diagnostic } from "../../src/domain/diagnostic.js";
import { DEFAULT_MAX_BYTES } from "../../src/stages/ingest/index.js";
import { openStore } from "../../src/storage/open-store.js";
import { readStoreState } from "./read-store-state.js";
import { killAllRecoupe, runRecoupe, startRecoupe } from "./recoupe-process.js";

const root = new URL("../..", import.meta.url).pathname;
const hostile = join(root, "test/hostile-inputs/test-inputs");
const fixtures = join(root, "fixtures/geneva-2022-01");

/** What each file of test/hostile-inputs/test-inputs must give: diagnostic codes, and whether an article. */
const EXPECTED: Record<string, { codes: string[]; articles: number }> = {
  "empty.txt": { codes: ["empty-input"], articles: 0 },
  "whitespace-only.txt": { codes: ["empty-input"], articles: 0 },
  "binary.dat": { codes: ["binary-input"], articles: 0 },
  "nul-bytes.txt": { codes: ["binary-input"], articles: 0 },
  "invalid-utf8.txt": { codes: ["encoding-guessed"], articles: 1 },
  "mixed-encodings.html": { codes: ["encoding-guessed"], articles: 1 },
  "double-encoded.txt": { codes: ["mojibake-repaired"], articles: 1 },
  "utf16-bom.txt": { codes: [], articles: 1 },
  "broken-lines.jsonl": { codes: ["invalid-json-line", "invalid-article"], articles: 3 },
  "jsonl-with-nul-line.jsonl": { codes: ["invalid-json-line"], articles: 1 },
  "malformed-feed.rss": { codes: [], articles: 1 },
  "not-a-feed.xml": { codes: ["no-article-text"], articles: 0 },
  "only-markup.html": { codes: ["no-article-text"], articles: 0 },
  "xss-payloads.html": { codes: [], articles: 1 },
};

/**
 * `recoupe ingest` over broken and hostile files mixed with good ones: each bad file becomes a
 * diagnostic naming it (never a crash nor a hang), everything good is stored, the store stays whole.
 */
describe("hostile and broken input files", { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-hostile-"));
  const db = join(work, "store.db");
  const overLimit = join(work, "over-limit.html");
  let code: number | null = null;
  let stderr = "";
  let articles: Article[] = [];
  let diagnostics: Diagnostic[] = [];

  before(async () => {
    // Just over the limit: refused by its size, without being read.
    writeFileSync(overLimit, Buffer.alloc(DEFAULT_MAX_BYTES + 1, " "));
    const finished = await runRecoupe(["ingest", fixtures, hostile, overLimit, "--db", db, "--no-progress"], {
      timeoutMs: 60_000,
    });
    code = finished.code;
    stderr = finished.stderr;
    const store = await openStore(db);
    try {
      articles = await store.listArticles();
      diagnostics = await store.listDiagnostics({ limit: 1_000 });
    } finally {
      await store.close();
    }
  });

  after(async () => {
    await killAllRecoupe();
    rmSync(work, { recursive: true, force: true });
  });

  it("exits 1, naming each unreadable file on stderr", () => {
    assert.equal(code, 1, stderr);
    for (const name of ["empty.txt", "binary.dat", "over-limit.html", "broken-lines.jsonl"])
      assert.match(stderr, new RegExp(name.replace(".", "\\.")), `${name} not named on stderr`);
  });

  it("gives each bad file its diagnostic and each readable one its articles", () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const path = join(hostile, name);
      const codes = new Set<string>(diagnostics.filter((d) => d.path === path).map((d) => d.code));
      for (const wanted of expected.codes) assert.ok(codes.has(wanted), `${name}: no ${wanted} in ${[...codes]}`);
      const found = articles.filter((article) => article.path.split("#")[0] === path).length;
      assert.equal(found, expected.articles, `${name}: ${found} articles`);
    }
    const tooLarge = diagnostics.find((d) => d.path === overLimit);
    assert.equal(tooLarge?.code, "too-large");
    assert.match(tooLarge?.message ?? "", /over the \d+-byte limit/);
  });

  it("names the broken lines of a JSON Lines file, 2,000 nested arrays included", () => {
    const path = join(hostile, "broken-lines.jsonl");
    const lines = diagnostics
      .filter((d) => d.path === path && d.severity === "error")
      .map((d) => d.line)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(lines, [2, 3, 4, 5, 7]);
  });

  it("crashes on nothing: no stack overflow or exception reported as an unreadable file", () => {
    const crashes = diagnostics.filter((d) => d.code === "unreadable-input");
    assert.deepEqual(crashes, []);
  });

  it("stores every good article once, each in exactly one story", async () => {
    const fromFixtures = articles.filter((article) => article.path.startsWith(fixtures));
    assert.equal(fromFixtures.length, 5);
    const expected = 5 + Object.values(EXPECTED).reduce((sum, file) => sum + file.articles, 0);
    const state = await readStoreState(db);
    assert.equal(state.articleIds.length, expected);
  });

  it("keeps the good lines of a JSON Lines file holding a line of control bytes", () => {
    assert.ok(articles.some((article) => article.url === "https://hostile.example/nul-ok"));
  });

  it("keeps the UTF-8 text of a page declared UTF-8 with a few Windows-1252 bytes", () => {
    const mixed = articles.find((article) => basename(article.path) === "mixed-encodings.html");
    assert.match(mixed?.title ?? "", /mêlés/);
  });

  it("reads back a text whose UTF-8 was read as Windows-1252 upstream, and says so", () => {
    const repaired = articles.find((article) => basename(article.path) === "double-encoded.txt");
    assert.match(repaired?.text ?? "", /plaza del Cambio de Saná, la capital yemení/);
    assert.match(repaired?.text ?? "", /«Seguiremos aquí hasta que se vaya»/);
    assert.doesNotMatch(repaired?.text ?? "", /Ã|Â/);
    assert.equal(repaired?.title, "Manifestación en Saná contra el Gobierno");
    const warning = diagnostics.find((d) => d.code === "mojibake-repaired");
    assert.equal(warning?.path, join(hostile, "double-encoded.txt"));
    assert.match(warning?.message ?? "", /^\d+ characters were UTF-8 read as Windows-1252 upstream \(« Ã³ → ó »/);
  });

  it("gives a page too deep or too big for the parser a diagnostic, not a hang (100,000 nested divs; 50 MB)", async () => {
    const deep = join(work, "deep.html");
    writeFileSync(deep, `<html><body>${"<div>".repeat(100_000)}<p>Texte.</p>${"</div>".repeat(100_000)}</body></html>`);
    const big = join(work, "big.html");
    const paragraph = "<p>Le conseil municipal a voté le budget après cinq heures de débats, selon les élus.</p>\n";
    writeFileSync(
      big,
      `<html lang="fr"><body><article>${paragraph.repeat(Math.floor(50e6 / paragraph.length))}</article></body></html>`,
    );
    const runs = [deep, big].map(async (file) => {
      const run = startRecoupe(["ingest", file, "--db", join(work, `${basename(file)}.db`), "--no-progress"]);
      // A guard against hangs, not a speed test (speed is measured by `npm run bench`): a process
      // start takes ~1 s here, several on a loaded machine.
      const outcome = await Promise.race([run.finished, sleep(30_000, null, { ref: false })]);
      if (outcome === null) await run.kill();
      return { file, outcome };
    });
    for (const { file, outcome } of await Promise.all(runs)) {
      assert.ok(outcome !== null, `${basename(file)}: no answer within 30 s`);
      assert.equal(outcome.code, 1, `${basename(file)}: ${outcome.stderr}`);
    }
  });
});
