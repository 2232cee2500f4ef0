import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../open-store.js";

const folder = mkdtempSync(join(tmpdir(), "recoupe-crash-"));
const children = new Set<ChildProcess>();

/** Kills a child still running and waits (bounded) for it to be gone. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await Promise.race([gone, sleep(5_000)]);
  }
  child.stderr?.destroy();
  children.delete(child);
}

// Children first, then the folder: a writer still running would recreate the folder and write on.
after(async () => {
  for (const child of [...children]) await stop(child);
  rmSync(folder, { recursive: true, force: true });
});

const BATCH = 100;
/** Bounds every wait: the writer's start (tsx compiles it) is slow on a loaded machine. */
const WAIT_MS = 90_000;

test("a writer killed mid-write leaves a consistent SQLite store", { timeout: 120_000 }, async () => {
  const location = join(folder, "store.db");
  const writer = join(folder, "writer.mts");
  const helpers = fileURLToPath(new URL("../store-fixtures.ts", import.meta.url));
  const open = fileURLToPath(new URL("../open-store.ts", import.meta.url));
  // The writer says when its store is open, and stops by itself after a bounded number of rounds,
  // so that a test that gave up cannot leave it writing forever.
  writeFileSync(
    writer,
    `import { openStore } from ${JSON.stringify(open)};
     import { makeArticle } from ${JSON.stringify(helpers)};
     const store = await openStore(${JSON.stringify(location)});
     process.stdout.write("open\\n");
     for (let round = 0; round < 200; round++) {
       const batch = Array.from({ length: ${BATCH} }, (_, i) =>
         makeArticle(round * ${BATCH} + i, { text: "Body words repeated. ".repeat(200) }));
       await store.putArticles(batch);
       await store.putFeatures(batch.map((a) => [a.id, JSON.stringify({ round })]));
     }
     await store.close();`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", writer], {
    stdio: ["ignore", "pipe", "pipe"],
    timeout: WAIT_MS,
    killSignal: "SIGKILL",
  });
  children.add(child);
  let errors = "";
  child.stderr?.on("data", (chunk) => {
    errors += chunk;
  });
  try {
    const opened = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), WAIT_MS);
      child.stdout?.once("data", () => {
        clearTimeout(timer);
        resolve(true);
      });
      child.once("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    assert.ok(opened, `the writer did not open its store within ${WAIT_MS} ms: ${errors}`);
    const reader = await openStore(location);
    try {
      const deadline = Date.now() + WAIT_MS;
      while ((await reader.countArticles()) < 3 * BATCH) {
        assert.equal(child.exitCode ?? child.signalCode, null, `the writer stopped on its own: ${errors}`);
        assert.ok(Date.now() < deadline, `the writer wrote fewer than ${3 * BATCH} articles in ${WAIT_MS} ms`);
        await sleep(20);
      }
    } finally {
      await reader.close();
    }
  } finally {
    await stop(child);
  }
  const db = new Database(location);
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    db.exec("INSERT INTO article_search (article_search) VALUES ('integrity-check')");
  } finally {
    db.close();
  }
  const store = await openStore(location);
  try {
    const count = await store.countArticles();
    assert.equal(count % BATCH, 0, "whole batches only");
    assert.equal((await store.search("repeated", { limit: count + 10 })).length, count);
  } finally {
    await store.close();
  }
});

test("a lock left by a killed process is taken over", { timeout: 30_000 }, async () => {
  const location = join(folder, "locks.db");
  await (await openStore(location)).close();
  const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore", timeout: 20_000, killSignal: "SIGKILL" });
  children.add(dead);
  const pid = dead.pid;
  await Promise.race([new Promise((resolve) => dead.once("exit", resolve)), sleep(20_000)]);
  await stop(dead);
  assert.ok(pid !== undefined, "the short-lived process did not start");
  const db = new Database(location);
  db.prepare("INSERT INTO locks (name, owner, host, pid, acquired_at) VALUES ('stories', 'gone', ?, ?, '')").run(
    hostname(),
    pid,
  );
  db.close();
  const store = await openStore(location);
  try {
    // Bounded: if the lock were never taken over, fail instead of polling for ever.
    const taken = await Promise.race([
      store.withLock("stories", async () => "taken"),
      sleep(10_000, "still waiting after 10 s", { ref: false }),
    ]);
    assert.equal(taken, "taken");
  } finally {
    await store.close();
  }
});
