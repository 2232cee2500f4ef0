import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { deserialize, keyOfName, loadNgramDatabase } from "./ngram-database.js";

describe("the n-gram table cache", () => {
  const folder = mkdtempSync(join(tmpdir(), "recoupe-ngrams-"));
  const previous = process.env.RECOUPE_CACHE_DIR;
  after(() => {
    if (previous === undefined) delete process.env.RECOUPE_CACHE_DIR;
    else process.env.RECOUPE_CACHE_DIR = previous;
    rmSync(folder, { recursive: true, force: true });
  });

  it("is written on first use, read back identical, and rebuilt when damaged", async () => {
    process.env.RECOUPE_CACHE_DIR = folder;
    const built = await loadNgramDatabase();
    const files = readdirSync(folder);
    assert.equal(files.length, 1, "one cache file, no temporary file left");
    assert.match(files[0]!, /^eld-.+-medium-v\d+\.bin$/);
    assert.ok(built.ngrams > 100_000 && built.languages.includes("fr") && built.languages.includes("ro"));

    const read = await loadNgramDatabase();
    assert.deepEqual(read.languages, built.languages);
    assert.deepEqual(read.table, built.table);
    assert.deepEqual(read.entries, built.entries);

    const file = join(folder, files[0]!);
    const bytes = readFileSync(file);
    assert.equal(deserialize(bytes.subarray(0, bytes.length - 4)), null, "a truncated file is no table");
    assert.equal(deserialize(Buffer.from("not a table")), null);
    writeFileSync(file, bytes.subarray(0, 1000));
    const rebuilt = await loadNgramDatabase();
    assert.deepEqual(rebuilt.table, built.table);
    assert.ok(deserialize(readFileSync(file)) !== null, "the damaged file was replaced");
  });

  it("keys n-grams of up to 6 one-byte characters, and no other", () => {
    assert.deepEqual(keyOfName(" abc "), { high: 0x20, low: (0x61 << 24) | (0x62 << 16) | (0x63 << 8) | 0x20 });
    assert.ok(keyOfName(" abcd ") !== null);
    assert.equal(keyOfName(" abcdef"), null);
    assert.equal(keyOfName("\u0100bc"), null);
    assert.equal(keyOfName(""), null);
  });
});
