import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Discrepancy, DiscrepancyKind } from "../domain/story.js";
import { shownValue } from "./discrepancy-display.js";

const shown = (kind: DiscrepancyKind, normalized: string, value = "as written"): string => {
  const discrepancy: Discrepancy = { about: kind, kind, values: [] };
  return shownValue(discrepancy, { value, normalized, articleIds: [], evidence: [] });
};

describe("shownValue", () => {
  it("shows a duration in the largest unit it fills, and under a day in minutes", () => {
    assert.equal(shown("duration", "2628000 min"), "5 years");
    assert.equal(shown("duration", "777600 min"), "18 months");
    assert.equal(shown("duration", "4320 min"), "3 days");
    assert.equal(shown("duration", "1440 min"), "1 day");
    assert.equal(shown("duration", "788400 min"), "1.5 years");
    assert.equal(shown("duration", "90 min"), "90 min");
    assert.equal(shown("duration", "≥ 1051200 min"), "≥ 2 years");
  });

  it("shows other measures as normalised, and places and speakers as written", () => {
    assert.equal(shown("quantity", "150000"), "150000");
    assert.equal(shown("place", "hotel president wilson", "hôtel Président Wilson"), "hôtel Président Wilson");
  });
});
