import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plainLookup } from "./plain-lookup.js";

describe("plainLookup", () => {
  it("answers what indexing the plain object answers, inherited names included", () => {
    const record: Record<string, number> = { un: 1, zéro: 0 };
    const lookup = plainLookup(record);
    for (const key of ["un", "zéro", "deux", "constructor", "toString", "__proto__", ""]) {
      assert.equal(lookup(key), record[key], key);
    }
    assert.ok(lookup.keys.has("un") && lookup.keys.has("constructor") && !lookup.keys.has("deux"));
  });
});
