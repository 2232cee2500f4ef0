// npm run bench -- [--corpus orangesum,reuters,both] [--sizes 1000,10000,all] [--modes floor,ingest,dossier,add,story]
//                  [--repeat 1] [--adds 30] [--add-warmup 100] [--add-budget 120] [--add-sizes all]
//                  [--story-sizes 10,25,50,100]
//                  [--workers N] [--data DIR]
// Throughput and peak memory of recoupe on OrangeSum and Reuters-21578, each measurement in its own
// child process, interleaved, beside a read + tokenize floor measured in the same run. Never a test.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { CORPUS_NAMES, type CorpusName, prepareCorpora } from "./corpora.js";

interface Measurement {
  mode: string;
  corpus: CorpusName;
  size: number;
  articles: number;
  seconds: number;
  cpuSeconds: number;
  readSeconds: number;
  maxRssMb: number;
  check: number;
  [key: string]: unknown;
}

function option(args: readonly string[], name: string, fallback: string): string {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
}

function runChild(args: readonly string[], workers: string): Measurement {
  const output = execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "measure.ts"), ...args], {
    env: { ...process.env, RECOUPE_BENCH_WORKERS: workers },
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output.trim().split("\n").pop()!) as Measurement;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const format = (value: number, digits = 0): string =>
  Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: digits }) : "–";

function throughputTable(results: readonly Measurement[]): string {
  const rows = [
    "| corpus | articles | floor art/s | ingest+cluster art/s | ×floor | dossier art/s | ×floor | CPU ms/article (floor / ingest / dossier) | peak MB (floor / ingest / dossier) |",
  ];
  rows.push("|---|---:|---:|---:|---:|---:|---:|---|---|");
  const keys = [
    ...new Set(results.filter((r) => r.mode !== "add" && r.mode !== "story").map((r) => `${r.corpus}:${r.size}`)),
  ];
  for (const key of keys) {
    const of = (mode: string) => results.filter((r) => `${r.corpus}:${r.size}` === key && r.mode === mode);
    const seconds = (mode: string) => (of(mode).length === 0 ? Number.NaN : median(of(mode).map((r) => r.seconds)));
    const memory = (mode: string) =>
      of(mode).length === 0 ? Number.NaN : Math.max(...of(mode).map((r) => r.maxRssMb));
    const cpuMs = (mode: string) =>
      of(mode).length === 0 ? Number.NaN : (1000 * median(of(mode).map((r) => r.cpuSeconds))) / sample.articles;
    const sample = results.find((r) => `${r.corpus}:${r.size}` === key)!;
    const rate = (mode: string) => sample.articles / seconds(mode);
    rows.push(
      `| ${sample.corpus} | ${format(sample.articles)} | ${format(rate("floor"))} | ${format(rate("ingest"))} | ` +
        `${format(seconds("ingest") / seconds("floor"), 1)} | ${format(rate("dossier"))} | ` +
        `${format(seconds("dossier") / seconds("floor"), 1)} | ${format(cpuMs("floor"), 2)} / ${format(cpuMs("ingest"), 2)} / ${format(cpuMs("dossier"), 2)} | ${format(memory("floor"))} / ${format(memory("ingest"))} / ${format(memory("dossier"))} |`,
    );
  }
  return rows.join("\n");
}

/** One row per corpus: its largest story's dossier time at each prefix size, and the growth between sizes. */
function storyTable(results: readonly Measurement[]): string {
  const stories = results.filter((r) => r.mode === "story");
  if (stories.length === 0) return "";
  const rows = ["| corpus | largest story (articles) | articles: dossier ms (ms per article) | growth exponent |"];
  rows.push("|---|---:|---|---|");
  for (const r of stories) {
    const timings = r.storyTimings as { articles: number; ms: number }[];
    const cells = timings.map((t) => `${t.articles}: ${format(t.ms, 1)} (${format(t.ms / t.articles, 2)})`);
    // log(t2/t1) / log(n2/n1) between successive sizes: 1 is linear, 2 quadratic.
    const growth = timings
      .slice(1)
      .map((t, k) => format(Math.log(t.ms / timings[k]!.ms) / Math.log(t.articles / timings[k]!.articles), 2));
    rows.push(`| ${r.corpus} | ${format(r.storyArticles as number)} | ${cells.join(", ")} | ${growth.join(", ")} |`);
  }
  return rows.join("\n");
}

function addTable(results: readonly Measurement[]): string {
  const adds = results.filter((r) => r.mode === "add");
  if (adds.length === 0) return "";
  const rows = [
    "| corpus | articles held | store: load s | cold: adds, median ms, p95 ms | warm: adds, median ms, p95 ms | peak MB | " +
      "engine: load s | cold: adds, median ms, p95 ms | warm: adds, median ms, p95 ms | peak MB |",
  ];
  rows.push("|---|---:|---:|---|---|---:|---:|---|---|---:|");
  for (const r of adds) {
    const n = (key: string) => (typeof r[key] === "number" ? (r[key] as number) : Number.NaN);
    const cell = (prefix: string) =>
      `${format(n(`${prefix}Adds`))}, ${format(n(`${prefix}MedianMs`), 1)}, ${format(n(`${prefix}P95Ms`), 1)}`;
    rows.push(
      `| ${r.corpus} | ${format(n("heldArticles"))} | ${format(n("storeLoadSeconds"), 1)} | ${cell("storeCold")} | ` +
        `${cell("store")} | ${format(n("storePeakMb"))} | ${format(n("engineLoadSeconds"), 1)} | ` +
        `${cell("engineCold")} | ${cell("engine")} | ${format(r.maxRssMb)} |`,
    );
  }
  return rows.join("\n");
}

async function main(args: string[]): Promise<void> {
  const dataDir = resolve(option(args, "--data", "../shared/eval-data"));
  const cacheDir = resolve(".eval-cache");
  const corpora = option(args, "--corpus", CORPUS_NAMES.join(",")).split(",") as CorpusName[];
  const sizes = option(args, "--sizes", "1000,10000,all").split(",");
  const modes = option(args, "--modes", "floor,ingest,dossier,add").split(",");
  const repeat = Number(option(args, "--repeat", "1"));
  const addSizes = option(args, "--add-sizes", "all").split(",");
  // Timed adds, cold (the first of a fresh process) and warm (after `--add-warmup` others).
  const adds = option(args, "--adds", "30");
  const addWarmup = option(args, "--add-warmup", "100");
  const budget = option(args, "--add-budget", "120");
  // Worker threads of the batch job (ingest and dossier modes): every core of the machine by default.
  const workers = option(args, "--workers", String(availableParallelism()));
  const counts = await prepareCorpora(dataDir, cacheDir);
  const sizeOf = (corpus: CorpusName, size: string) =>
    size === "all" ? counts[corpus] : Math.min(Number(size), counts[corpus]);

  const results: Measurement[] = [];
  const throughputModes = modes.filter((mode) => mode !== "add" && mode !== "story");
  for (let round = 0; round < repeat; round++) {
    for (const size of sizes) {
      for (const corpus of corpora) {
        // Rotate the order of the modes from one configuration to the next, so none always runs first.
        const shift = (round + results.length) % Math.max(1, throughputModes.length);
        const ordered = [...throughputModes.slice(shift), ...throughputModes.slice(0, shift)];
        for (const mode of ordered) {
          const measured = runChild([mode, corpus, String(sizeOf(corpus, size)), cacheDir], workers);
          console.error(
            `${mode} ${corpus} ${measured.articles}: ${measured.seconds.toFixed(2)} s, ${measured.maxRssMb.toFixed(0)} MB`,
          );
          results.push(measured);
        }
      }
    }
  }
  if (modes.includes("add")) {
    for (const size of addSizes) {
      for (const corpus of corpora) {
        const measured = runChild(
          ["add", corpus, String(sizeOf(corpus, size)), cacheDir, adds, budget, addWarmup],
          workers,
        );
        console.error(`add ${corpus} ${measured.articles}: ${JSON.stringify(measured)}`);
        results.push(measured);
      }
    }
  }
  if (modes.includes("story")) {
    const storySizes = option(args, "--story-sizes", "10,25,50,100");
    for (const corpus of corpora) {
      const measured = runChild(["story", corpus, String(counts[corpus]), cacheDir, storySizes], workers);
      console.error(`story ${corpus}: ${JSON.stringify(measured.storyTimings)}`);
      results.push(measured);
    }
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${workers} worker threads`;
  console.log(`machine: ${machine}\n`);
  if (results.some((r) => r.mode !== "add" && r.mode !== "story")) console.log(throughputTable(results));
  const additions = addTable(results);
  if (additions !== "") console.log(`\n${additions}`);
  const story = storyTable(results);
  if (story !== "") console.log(`\n${story}`);
  mkdirSync("bench/results", { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(join("bench/results", `${stamp}.json`), `${JSON.stringify({ machine, args, results }, null, 2)}\n`);
}

await main(process.argv.slice(2));
