// npm run golden:update — rewrites every test/golden/<case>/expected.json from the current pipeline.
// Review the diff before committing: each changed line is a behaviour change.
import { writeFileSync } from "node:fs";
import { analyzeCase, goldenCases, goldenView } from "./cases.js";

for (const golden of goldenCases()) {
  const view = goldenView(await analyzeCase(golden.inputs));
  writeFileSync(golden.expected, `${JSON.stringify(view, null, 2)}\n`);
  console.log(`updated ${golden.expected}`);
}
