import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../open-store.js";

const folder = mkdtempSync(join(tmpdir(), "recoupe-crash-"));
after(() => rmSync(folder, { recursive: true, force: true }));

const BATCH = 100;

test("a writer killed mid-write leaves a consistent SQLite store", async () => {
  const location = join(folder, "store.db");
  const writer = join(folder, "writer.ts");
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
  const child = spawn(process.execPath, ["--import", "tsx", writer], { stdio: "ignore" });
  try {
    const reader = await openStore(location);
    while ((await reader.countArticles()) < 3 * BATCH) await sleep(20);
    await reader.close();
  } finally {
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
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
