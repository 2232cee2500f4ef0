import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyzeCase, goldenCases, goldenView } from "./cases.js";

// One assertion per field, so a failure names what changed. Regenerate with `npm run golden:update`
// after an intended change, and read the diff.
for (const golden of goldenCases()) {
  describe(`golden ${golden.name}`, async () => {
    if (!existsSync(golden.expected)) {
      it("has an expected.json (run npm run golden:update)", () => assert.fail(`missing ${golden.expected}`));
      return;
    }
    const expected = JSON.parse(readFileSync(golden.expected, "utf8")) as ReturnType<typeof goldenView>;
    const actual = goldenView(await analyzeCase(golden.inputs));
    for (const [file, fields] of Object.entries(expected.articles)) {
      for (const [field, value] of Object.entries(fields)) {
        it(`${file} ${field}`, () =>
          assert.deepEqual((actual.articles[file] as Record<string, unknown>)?.[field], value));
      }
    }
    it("same number of stories", () => assert.equal(actual.stories.length, expected.stories.length));
    expected.stories.forEach((story, index) => {
      for (const [field, value] of Object.entries(story)) {
        it(`story ${index} ${field}`, () =>
          assert.deepEqual((actual.stories[index] as Record<string, unknown>)?.[field], value));
      }
    });
    it("diagnostics", () => assert.deepEqual(actual.diagnostics, expected.diagnostics));
  });
}
