import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FEATURES_VERSION, parseStoredFeatures, type StoredFeatures, storedFeaturesJson } from "./story-engine.js";

const FEATURES: StoredFeatures = {
  version: FEATURES_VERSION,
  publishedAt: "2022-01-21",
  // A term spelt "version" is an item of the terms, not the version.
  cluster: { day: 19013, terms: "version\ngenev\n@blinken", counts: [1, 3, 2] },
  signature: "AAAAAA==",
  shingles: 1,
};

describe("stored features as JSON text", () => {
  it("round-trip", () => {
    assert.deepEqual(parseStoredFeatures(storedFeaturesJson(FEATURES)), FEATURES);
  });

  it("are read as PostgreSQL spells them back (jsonb: keys reordered, spaces after colons)", () => {
    const json = `{"cluster": {"day": 19013, "terms": "version", "counts": [1]}, "version": ${FEATURES_VERSION}, "shingles": 1, "signature": "AAAAAA==", "publishedAt": null}`;
    assert.deepEqual(parseStoredFeatures(json)?.cluster, { day: 19013, terms: "version", counts: [1] });
  });

  it("of versions 3 and 4 are not taken: their features hold the letters glued to numbers (computed again)", () => {
    const pairs = `{"cluster": {"day": 19013, "terms": [["version", 1], ["genev", 3], ["@blinken", 2]]}, "version": 3, "shingles": 1, "signature": "AAAAAA==", "publishedAt": "2022-01-21"}`;
    assert.equal(parseStoredFeatures(pairs), null);
    const joined = storedFeaturesJson({ ...FEATURES, version: 4 } as unknown as StoredFeatures);
    assert.equal(parseStoredFeatures(joined), null);
  });

  it("of another version, damaged, or not features at all, are not taken (they are computed again)", () => {
    const older = storedFeaturesJson({ ...FEATURES, version: FEATURES_VERSION - 1 } as unknown as StoredFeatures);
    assert.equal(parseStoredFeatures(older), null);
    const json = storedFeaturesJson(FEATURES);
    const miscounted = json.replace('"counts":[1,3,2]', '"counts":[1,3]');
    assert.notEqual(miscounted, json);
    const damaged = [
      "",
      "{",
      "null",
      "[1,2]",
      `{"version":${FEATURES_VERSION}}`,
      json.slice(0, json.length / 2),
      miscounted,
    ];
    for (const text of damaged) {
      assert.equal(parseStoredFeatures(text), null, text);
    }
  });
});
