// npm run eval -- <task|all> [--data DIR] [task options]
// Scores recoupe on human-annotated data in ../shared/eval-data and prints each table beside its baselines.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatResult } from "./format-result.js";
import type { EvalTask } from "./task.js";

/** Task name → module exporting `task: EvalTask`. Loaded lazily so one task's data is never needed by another. */
const TASKS: Record<string, string> = {
  extraction: "./tasks/extraction.js",
  clustering: "./tasks/clustering.js",
  summary: "./tasks/summary.js",
  ner: "./tasks/ner.js",
  quotes: "./tasks/quotes.js",
  timeline: "./tasks/timeline.js",
  facts: "./tasks/facts.js",
};

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const dataIndex = args.indexOf("--data");
  let dataDir = resolve("../shared/eval-data");
  if (dataIndex >= 0) {
    dataDir = resolve(args[dataIndex + 1] ?? "");
    args.splice(dataIndex, 2);
  }
  const name = args.shift();
  if (name === undefined || (name !== "all" && !(name in TASKS))) {
    console.error(`usage: npm run eval -- <${[...Object.keys(TASKS), "all"].join("|")}> [--data DIR]`);
    return 2;
  }
  if (!existsSync(dataDir)) {
    console.error(`eval: skipped, no evaluation data at ${dataDir} (pass --data DIR)`);
    return 0;
  }
  const cacheDir = resolve(".eval-cache");
  const resultsDir = resolve("eval/results");
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const names = name === "all" ? Object.keys(TASKS) : [name];
  let failed = 0;
  for (const taskName of names) {
    const module = (await import(TASKS[taskName]!)) as { task: EvalTask };
    const started = performance.now();
    try {
      const result = await module.task.run({
        dataDir,
        cacheDir,
        args,
        log: (line) => console.error(`[${taskName}] ${line}`),
      });
      result.seconds = (performance.now() - started) / 1000;
      console.log(formatResult(result));
      writeFileSync(join(resultsDir, `${taskName}.json`), `${JSON.stringify(result, null, 2)}\n`);
    } catch (error) {
      failed++;
      console.error(
        `eval ${taskName} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
