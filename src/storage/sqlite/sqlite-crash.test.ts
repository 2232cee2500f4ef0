import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../open-store.js";

const folder = mkdtempSync(join(tmpdir(), "recoupe-crash-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const BATCH = 100;

test("a writer killed mid-write leaves a consistent SQLite store", { timeout: 60_000 }, async () => {
  const location = join(folder, "store.db");
  const writer = join(folder, "writer.mts");
  const helpers = fileURLToPath(new URL("../store-fixtures.ts", import.meta.url));
  const open = fileURLToPath(new URL("../open-store.ts", import.meta.url));
  writeFileSync(
    writer,
    `import { openStore } from ${JSON.stringify(open)};
     import { makeArticle } from ${JSON.stringify(helpers)};
     const store = await openStore(${JSON.stringify(location)});
     for (let round = 0; ; round++) {
       const batch = Array.from({ length: ${BATCH} }, (_, i) =>
         makeArticle(round * ${BATCH} + i, { text: "Body words repeated. ".repeat(200) }));
       await store.putArticles(batch);
       await store.putFeatures(batch.map((a) => [a.id, { round }]));
     }`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", writer], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors += chunk;
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  try {
    const reader = await openStore(location);
    while ((await reader.countArticles()) < 3 * BATCH) {
      assert.equal(exited, false, `the writer stopped on its own: ${errors}`);
      await sleep(20);
    }
    await reader.close();
  } finally {
    if (!exited) {
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
  const db = new Database(location);
  assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
  db.exec("INSERT INTO article_search (article_search) VALUES ('integrity-check')");
  db.close();
  const store = await openStore(location);
  const count = await store.countArticles();
  assert.equal(count % BATCH, 0, "whole batches only");
  assert.equal((await store.search("repeated", { limit: count + 10 })).length, count);
  await store.close();
});

test("a lock left by a killed process is taken over", { timeout: 30_000 }, async () => {
  const location = join(folder, "locks.db");
  await (await openStore(location)).close();
  const dead = spawn(process.execPath, ["-e", ""]);
  const pid = dead.pid;
  await new Promise((resolve) => dead.once("exit", resolve));
  const db = new Database(location);
  db.prepare("INSERT INTO locks (name, owner, host, pid, acquired_at) VALUES ('stories', 'gone', ?, ?, '')").run(
    hostname(),
    pid,
  );
  db.close();
  const store = await openStore(location);
  assert.equal(await store.withLock("stories", async () => "taken"), "taken");
  await store.close();
});
