import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plainLookup } from "./plain-lookup.js";

describe("plainLookup", () => {
  it("answers the record's own words only, never names inherited from Object.prototype", () => {
    const lookup = plainLookup<number>({ un: 1, zéro: 0 });
    assert.equal(lookup("un"), 1);
    assert.equal(lookup("zéro"), 0);
    for (const key of ["deux", "constructor", "toString", "__proto__", "hasOwnProperty", ""]) {
      assert.equal(lookup(key), undefined, key);
    }
    assert.deepEqual([...lookup.keys].sort(), ["un", "zéro"]);
  });
});
