import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { readStoreState, type StoreState } from "./read-store-state.js";
import { killAllRecoupe, runRecoupe, startRecoupe } from "./recoupe-process.js";
import { writeCorpus } from "./write-corpus.js";

/**
 * `recoupe ingest` killed (SIGKILL) at many points of its run, then run again to completion, leaves
 * the store consistent and with the very stories of one clean run: nothing lost, nothing doubled.
 */
describe("ingest killed at any point", { timeout: 170_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-crash-ingest-"));
  const corpus = join(work, "corpus");
  const files = writeCorpus(corpus);
  after(async () => {
    await killAllRecoupe();
    rmSync(work, { recursive: true, force: true });
  });

  const ingest = (db: string) => ["ingest", corpus, "--db", db, "--no-progress", "--quiet"];
  let clean: StoreState;
  let runMs = 0;
  let openMs = 0;

  it("a clean run stores every input once, in several stories", async () => {
    const db = join(work, "clean.db");
    const run = startRecoupe(ingest(db));
    // When the store file appears: before it, a kill can only find nothing written.
    while (run.child.exitCode === null && !existsSync(db)) await sleep(5);
    openMs = Date.now() - run.startedAt;
    const finished = await run.finished;
    assert.equal(finished.code, 0, finished.stderr);
    runMs = finished.ms;
    clean = await readStoreState(db);
    assert.equal(clean.articleIds.length, files.length);
    assert.ok(clean.stories.length >= 5, `only ${clean.stories.length} stories`);
  });

  /** Kills one run after `delayMs` (or when it ends by itself, whichever is first); says how far it got. */
  async function killAfter(db: string, delayMs: number): Promise<string> {
    const run = startRecoupe(ingest(db));
    const outcome = await Promise.race([run.finished, sleep(delayMs, null, { ref: false })]);
    const finished = outcome ?? (await run.kill());
    return `${Math.round(delayMs)} ms: ${finished.signal === "SIGKILL" ? "killed" : `exited ${finished.code}`}, ${progress(db)}`;
  }

  /** Rows written so far, or null while the store is not readable (being created). */
  function countRows(db: string): { articles: number; members: number } | null {
    try {
      const handle = new Database(db, { readonly: true, fileMustExist: true });
      try {
        const count = (table: string) =>
          (handle.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
        return { articles: count("articles"), members: count("story_articles") };
      } finally {
        handle.close();
      }
    } catch {
      return null;
    }
  }

  function progress(db: string): string {
    if (!existsSync(db)) return "no store yet";
    const counts = countRows(db);
    return counts === null ? "store not created yet" : `${counts.articles} articles, ${counts.members} in stories`;
  }

  it("a run killed at six points from the store's opening to its end, then completed, gives the clean run's stories", async (t) => {
    assert.ok(runMs > 0, "needs the clean run");
    const db = join(work, "killed.db");
    const log: string[] = [];
    // One store killed again and again (later kills hit a store earlier runs wrote to), the points
    // denser towards the end, where the writes are.
    for (const fraction of [0, 0.45, 0.7, 0.85, 0.95, 1]) {
      log.push(await killAfter(db, openMs * 0.9 + (runMs - openMs * 0.9) * fraction));
    }
    t.diagnostic(`opened after ${openMs} ms, done after ${runMs} ms; ${log.join("; ")}`);
    const finished = await runRecoupe(ingest(db));
    assert.equal(finished.code, 0, finished.stderr);
    assert.deepEqual(await readStoreState(db), clean);
  });

  /** Starts a run and kills it as soon as `ready(progress)` holds (bounded); says how far it got. */
  async function killWhen(db: string, ready: (counts: { articles: number; members: number }) => boolean) {
    const run = startRecoupe(ingest(db));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && run.child.exitCode === null) {
      const counts = existsSync(db) ? countRows(db) : null;
      if (counts !== null && ready(counts)) break;
      await sleep(2);
    }
    const finished = await run.kill();
    return `${finished.signal === "SIGKILL" ? "killed" : `exited ${finished.code}`} with ${progress(db)}`;
  }

  it("runs killed right after their articles, then right after their stories are written, are completed by the next", async (t) => {
    const db = join(work, "killed-mid-write.db");
    const first = await killWhen(db, (counts) => counts.articles > 0);
    const second = await killWhen(db, (counts) => counts.members > 0);
    t.diagnostic(`${first}; ${second}`);
    const completed = await runRecoupe(ingest(db));
    assert.equal(completed.code, 0, completed.stderr);
    assert.deepEqual(await readStoreState(db), clean);
  });
});
