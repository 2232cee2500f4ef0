#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's own test runner (Node 20 takes no globs,
// so the files are listed here). Extra arguments are passed through: `npm test -- --test-name-pattern=x`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith(".test.ts")) found.push(relative(root, path));
  }
  return found;
}

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const options = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
let files = ["src", "test", "eval", "bench"]
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) => findTests(join(root, dir)))
  .sort();
if (filters.length > 0) files = files.filter((file) => filters.some((filter) => file.includes(filter)));
if (files.length === 0) {
  console.error("run-tests: no test file found");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", ...options, ...files], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
