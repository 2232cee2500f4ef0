import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { addToStore } from "../../src/jobs/add-to-store.js";
import { ingestPaths } from "../../src/stages/ingest/index.js";
import { openStore } from "../../src/storage/open-store.js";
import { readStoreState, type StoreState } from "./read-store-state.js";
import { killAllRecoupe, startRecoupe } from "./recoupe-process.js";
import { writeCorpus } from "./write-corpus.js";

/**
 * Four `recoupe ingest` processes fed overlapping shares of one corpus, in different orders, into
 * one store at once, give the stories one process gives: no story twice for one event, no article
 * lost or doubled. On PostgreSQL (when RECOUPE_TEST_POSTGRES_URL is set; required when CI is) and
 * on one SQLite file.
 */
const WORKERS = 4;
const postgresUrl = process.env.RECOUPE_TEST_POSTGRES_URL ?? "";

describe("several workers ingesting into one store", { timeout: 170_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "recoupe-workers-"));
  const files = writeCorpus(join(work, "corpus"));
  const schemas: string[] = [];
  let single: StoreState;

  before(async () => {
    // The reference: the whole corpus through one process, the way `recoupe ingest` does it.
    const location = join(work, "single.db");
    const store = await openStore(location);
    try {
      const ingested = await ingestPaths(files);
      await addToStore(store, ingested.articles, { summaryWords: 100 });
    } finally {
      await store.close();
    }
    single = await readStoreState(location);
    assert.equal(single.articleIds.length, files.length);
  });

  after(async () => {
    await killAllRecoupe();
    rmSync(work, { recursive: true, force: true });
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });

  /** Worker k leaves out every fourth file (a different quarter each) and odd workers go backwards. */
  function share(worker: number): string[] {
    const mine = files.filter((_, index) => (index + worker) % WORKERS !== 0);
    return worker % 2 === 1 ? mine.reverse() : mine;
  }

  async function ingestConcurrently(db: string): Promise<void> {
    const runs = Array.from({ length: WORKERS }, (_, worker) =>
      startRecoupe(["ingest", ...share(worker), "--db", db, "--no-progress", "--quiet"], { timeoutMs: 150_000 }),
    );
    const finished = await Promise.all(runs.map((run) => run.finished));
    finished.forEach((result, worker) => {
      assert.equal(result.code, 0, `worker ${worker} (signal ${result.signal}): ${result.stderr}`);
    });
  }

  it("on one SQLite file", async () => {
    const db = join(work, "shared.db");
    await ingestConcurrently(db);
    assert.deepEqual(await readStoreState(db), single);
  });

  if (postgresUrl === "" && (process.env.CI ?? "") !== "") {
    it("on PostgreSQL", () => {
      assert.fail(
        "CI is set but RECOUPE_TEST_POSTGRES_URL is not: CI must start PostgreSQL (scripts/start-test-postgres.sh)",
      );
    });
  } else if (postgresUrl === "") {
    it("on PostgreSQL: skipped, set RECOUPE_TEST_POSTGRES_URL (bash scripts/start-test-postgres.sh) to run it", {
      skip: "RECOUPE_TEST_POSTGRES_URL is not set",
    });
  } else {
    it("on PostgreSQL", async () => {
      const schema = `workers_${process.pid}_${randomBytes(4).toString("hex")}`;
      schemas.push(schema);
      const location = new URL(postgresUrl);
      location.searchParams.set("schema", schema);
      await ingestConcurrently(location.toString());
      assert.deepEqual(await readStoreState(location.toString()), single);
    });
  }
});
