import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openStore } from "../open-store.js";
import { runStoreContract } from "../store-contract.js";
import { makeArticle } from "../store-fixtures.js";

const folder = mkdtempSync(join(tmpdir(), "recoupe-sqlite-"));
after(() => rmSync(folder, { recursive: true, force: true }));
let count = 0;

runStoreContract({ name: "SQLite", newLocation: async () => join(folder, `store-${++count}.db`) });

describe("SQLite store files", () => {
  test("a store in a missing folder creates the folder", async () => {
    const location = join(folder, "missing", "deeper", "store.db");
    const store = await openStore(location);
    await store.putArticles([makeArticle(1)]);
    await store.close();
    const reopened = await openStore(location);
    assert.equal(await reopened.countArticles(), 1);
    await reopened.close();
  });

  test("a path that cannot hold a database fails saying which path and why", async () => {
    const file = join(folder, "plain-file");
    writeFileSync(file, "not a folder");
    await assert.rejects(openStore(join(file, "store.db")), (error: Error) => {
      assert.match(
        error.message,
        /Cannot create the folder .*plain-file for the store .*store\.db: a part of the path is a file/,
      );
      return true;
    });
    await assert.rejects(openStore(folder), /Cannot open the store .*: it is a folder, not a file/);
    await assert.rejects(
      openStore(file),
      /Cannot open the SQLite store .*plain-file: the file is not a SQLite database/,
    );
  });

  test(":memory: gives a working throw-away store", async () => {
    const store = await openStore(":memory:");
    await store.putArticles([makeArticle(1)]);
    assert.equal((await store.search("body", { limit: 5 })).length, 1);
    await store.close();
  });
});
