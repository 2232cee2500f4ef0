import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const root = new URL("..", import.meta.url).pathname;
const fixtures = join(root, "fixtures/geneva-2022-01");

function recoupe(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, "bin/recoupe.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("recoupe command line", () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-cli-"));

  it("analyze --format json prints the contract for the bundled fixtures", () => {
    const run = recoupe("analyze", fixtures, "--format", "json");
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(json), ["articles", "stories", "diagnostics"]);
    assert.equal(json.articles.length, 5);
    assert.equal(json.stories.length, 1);
    for (const key of [
      "id",
      "path",
      "source",
      "url",
      "title",
      "language",
      "publishedAt",
      "text",
      "removed",
      "duplicateOf",
    ]) {
      assert.ok(key in json.articles[0], `article field ${key}`);
    }
    for (const key of [
      "id",
      "title",
      "articleIds",
      "summary",
      "entities",
      "quotes",
      "facts",
      "discrepancies",
      "timeline",
    ]) {
      assert.ok(key in json.stories[0], `story field ${key}`);
    }
  });

  it("analyze --format markdown and html give a readable dossier", () => {
    const markdown = recoupe("analyze", fixtures, "--format", "markdown", "--summary-words", "60");
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /### Summary/);
    assert.match(markdown.stdout, /5 independent outlets/);
    // A place as written, and a note when the two sides come from one article.
    assert.match(markdown.stdout, /\(place; the same article says both\)\n {2}- hôtel Président Wilson — /);
    // A person with the function most outlets give them.
    assert.match(markdown.stdout, /· Sergueï Lavrov, \*ministre russe des Affaires étrangères\* \(/);
    // Also beside the speaker, in who said what.
    assert.match(markdown.stdout, /\n- \*\*Sergueï Lavrov\*\*, \*ministre russe des Affaires étrangères\*\n/);
    const html = recoupe("analyze", fixtures, "--format", "html", "--output", join(work, "dossier.html"));
    assert.equal(html.code, 0, html.stderr);
    const page = readFileSync(join(work, "dossier.html"), "utf8");
    // Each function with a badge per article that writes it.
    assert.match(
      page,
      /<strong>Antony Blinken<\/strong>, <span class="role">secrétaire d’Etat américain (?:<span class="badge[^"]*" [^>]+>[A-E]<\/span>){3}/,
    );
  });

  it("reports bad inputs, processes the rest, and exits 1", () => {
    const bad = join(work, "bad");
    spawnSync("mkdir", ["-p", bad]);
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(
      join(bad, "broken.jsonl"),
      '{"title":"ok","text":"Un texte valable sur la réunion de Genève entre les deux ministres."}\n{"title": broken\n',
    );
    writeFileSync(join(bad, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const run = recoupe("analyze", bad, join(fixtures, "001_f63cd0a6924aa689.txt"), "--format", "json");
    assert.equal(run.code, 1);
    const json = JSON.parse(run.stdout);
    assert.equal(json.articles.length, 2);
    const codes = json.diagnostics.map((d: { code: string }) => d.code).sort();
    assert.ok(
      codes.includes("empty-input") && codes.includes("binary-input") && codes.includes("invalid-json-line"),
      codes.join(","),
    );
    assert.match(run.stderr, /broken\.jsonl:2/);
  });

  it("ingest is idempotent, and stories / story / search read the store", () => {
    const db = join(work, "store.sqlite");
    const first = recoupe("ingest", fixtures, "--db", db);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /5 new articles/);
    const second = recoupe("ingest", fixtures, "--db", db);
    assert.match(second.stderr, /0 new articles, 5 already stored/);
    const list = recoupe("stories", "--db", db, "--format", "json");
    const page = JSON.parse(list.stdout);
    assert.equal(page.total, 1);
    const story = recoupe("story", page.items[0].id, "--db", db, "--format", "json");
    assert.equal(story.code, 0, story.stderr);
    assert.equal(JSON.parse(story.stdout).stories[0].articleIds.length, 5);
    const search = recoupe("search", "geneve", "--db", db, "--format", "json");
    assert.ok(JSON.parse(search.stdout).length >= 3, search.stdout);
    // Already grouped as one batch would: reclustering rewrites nothing and keeps the story.
    const recluster = recoupe("recluster", "--db", db);
    assert.equal(recluster.code, 0, recluster.stderr);
    assert.match(recluster.stderr, /5 articles in 1 story; 0 stories rewritten, 0 gone/);
    assert.equal(JSON.parse(recoupe("stories", "--db", db, "--format", "json").stdout).items[0].id, page.items[0].id);
  });

  it("says how to fix a wrong call", () => {
    const run = recoupe("story", "nope", "--db", join(work, "x.sqlite"));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not a story id/);
  });
});
