// One measurement in its own process (so its peak memory is its own):
//   node --import tsx bench/measure.ts <floor|ingest|dossier> <corpus> <size> <cacheDir>
//   node --import tsx bench/measure.ts add <corpus> <size> <cacheDir> [adds] [budgetSeconds] [warmupAdds]
//   node --import tsx bench/measure.ts story <corpus> <size> <cacheDir> <storySizes, e.g. 10,25,50,100>
// Prints one JSON line: { mode, corpus, size, articles, seconds, maxRssMb, check, … }.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawArticle } from "../src/domain/article.js";
import { addToStore } from "../src/jobs/add-to-store.js";
import { createStoryEngine, type EngineEntry, storedFeatures, toStoredFeatures } from "../src/jobs/story-engine.js";
import {
  analyzeArticlesInParallel,
  buildStory,
  createBatchRunner,
  indexArticlesInParallel,
  prepareBatch,
} from "../src/pipeline/index.js";
import { segmentText } from "../src/stages/segment/index.js";
import { openStore } from "../src/storage/open-store.js";
import { type CorpusName, loadCorpus } from "./corpora.js";

type Mode = "floor" | "ingest" | "dossier" | "add" | "story";

/** The floor: read the same text and split it into lower-cased regex words, nothing else. */
function readAndTokenize(raws: readonly RawArticle[]): number {
  let check = 0;
  for (const raw of raws) {
    for (const part of [raw.title ?? "", raw.text]) {
      for (const match of part.matchAll(/[\p{L}\p{N}]+/gu)) check = (check + match[0].toLowerCase().length) | 0;
    }
  }
  return check;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** Median and 95th percentile of `times` (unsorted), in ms. */
function summarize(times: readonly number[]): { adds: number; medianMs: number; p95Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { adds: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
}

/**
 * The cold and the steady-state figures of a sequence of single-article adds: the first `adds` of a
 * fresh process (the main thread has built no dossier yet: its code still runs unoptimised, ~8 ms for a
 * two-article story where it takes ~3 ms once warm), and the last `adds`, after `warmup` others (what a
 * long-running server sees).
 */
function coldAndWarm(prefix: string, times: readonly number[], adds: number, warmup: number): Record<string, number> {
  const cold = summarize(times.slice(0, adds));
  const warm = summarize(times.length >= warmup + adds ? times.slice(warmup) : []);
  return {
    [`${prefix}ColdAdds`]: cold.adds,
    [`${prefix}ColdMedianMs`]: cold.medianMs,
    [`${prefix}ColdP95Ms`]: cold.p95Ms,
    [`${prefix}Adds`]: warm.adds,
    [`${prefix}MedianMs`]: warm.medianMs,
    [`${prefix}P95Ms`]: warm.p95Ms,
  };
}

/**
 * Times of single-article adds, after loading all but the last `warmup + adds` articles: `warmup` adds
 * untimed for the steady state, but the first `adds` of them reported as the cold figure.
 */
async function measureAdds(raws: RawArticle[], adds: number, warmup: number, budgetSeconds: number) {
  const held = raws.slice(raws.length - adds - warmup);
  const base = raws.slice(0, raws.length - adds - warmup);
  const folder = mkdtempSync(join(tmpdir(), "recoupe-bench-"));
  const store = await openStore(join(folder, "bench.sqlite"));
  const result: Record<string, unknown> = { heldArticles: base.length, warmupAdds: warmup };
  try {
    let started = performance.now();
    await addToStore(store, base, { summaryWords: 100 });
    result.storeLoadSeconds = (performance.now() - started) / 1000;
    const storeTimes: number[] = [];
    const deadline = performance.now() + budgetSeconds * 1000;
    for (const raw of held) {
      if (performance.now() > deadline) break;
      started = performance.now();
      const added = await addToStore(store, [raw], { summaryWords: 100 });
      storeTimes.push(performance.now() - started);
      result.check = ((result.check as number | undefined) ?? 0) + added.stories.length;
    }
    Object.assign(result, coldAndWarm("store", storeTimes, adds, warmup), {
      // The peak so far: the store part's alone (the engine part below keeps every base article segmented).
      storePeakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
  // The in-memory engine alone (near-copies + stories, no dossier, no store): prepare + update per add.
  const engine = createStoryEngine();
  let started2 = performance.now();
  // Prepared as a store's add prepares a batch (features kept, tokens let go as each article is done),
  // so the heap the adds run beside is the engine's, as in a server, not 36k segmented articles.
  const baseEntries: EngineEntry[] = [];
  const runner = createBatchRunner(base, { workers: 1 });
  try {
    await runner.prepare(base, ({ article, cluster, duplicate }) => {
      baseEntries.push({ article, features: toStoredFeatures(article.publishedAt, cluster, duplicate) });
    });
  } finally {
    await runner.close();
  }
  engine.add(baseEntries);
  baseEntries.length = 0;
  result.engineLoadSeconds = (performance.now() - started2) / 1000;
  const engineTimes: number[] = [];
  for (const raw of held) {
    started2 = performance.now();
    const { docs } = prepareBatch([raw]);
    const update = engine.add(docs.map((doc) => ({ article: doc.article, features: storedFeatures(doc) })));
    engineTimes.push(performance.now() - started2);
    result.check = ((result.check as number | undefined) ?? 0) + update.changed.length;
  }
  Object.assign(result, coldAndWarm("engine", engineTimes, adds, warmup));
  return result;
}

/**
 * How one story's dossier grows with its articles: the corpus clustered, its largest story taken in
 * reading order, and the dossier of its first n articles built for each n (warm: every size once
 * first, then timed, median of three). The bench corpora come from one outlet each; here every
 * article counts as its own outlet, as in an event covered by many, so that facts, coverage and
 * cross-outlet discrepancies are worked out as they are for such a story.
 */
async function measureStory(raws: RawArticle[], sizes: readonly number[], workers: number) {
  const batch = await indexArticlesInParallel(raws, { workers });
  const largest = batch.groups.reduce((best, group) => (group.length > best.length ? group : best), []);
  const byId = new Map(batch.articles.map((article) => [article.id, article]));
  const docs = largest.map((id, index) => {
    const article = { ...byId.get(id)!, source: `outlet-${index}` };
    return { article, segmented: segmentText(article.text, article.language) };
  });
  const counts = [...new Set(sizes.map((size) => Math.min(size, docs.length)))];
  const build = (count: number) => buildStory(docs.slice(0, count), { summaryWords: 100, duplicates: new Map() });
  for (const count of counts) build(count);
  let check = 0;
  const timings = counts.map((count) => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const story = build(count);
      times.push(performance.now() - started);
      check += story.facts.length + story.discrepancies.length + story.quotes.length;
    }
    return { articles: count, ms: times.sort((a, b) => a - b)[1]! };
  });
  return { storyArticles: largest.length, storyTitle: docs[0]?.article.title ?? "", storyTimings: timings, check };
}

async function main(argv: string[]): Promise<void> {
  const [mode, corpus, sizeText, cacheDir, addsText, budgetText, warmupText] = argv as [
    Mode,
    CorpusName,
    string,
    string,
    string?,
    string?,
    string?,
  ];
  const size = Number(sizeText);
  const workers = Number(process.env.RECOUPE_BENCH_WORKERS ?? "1");
  const started = performance.now();
  const raws = loadCorpus(cacheDir, corpus, size);
  const readSeconds = (performance.now() - started) / 1000;
  let check = 0;
  let extra: Record<string, unknown> = {};
  switch (mode) {
    case "floor":
      check = readAndTokenize(raws);
      break;
    case "ingest": {
      const batch = await indexArticlesInParallel(raws, { workers });
      check = batch.groups.length + batch.articles.length;
      break;
    }
    case "dossier": {
      const analysis = await analyzeArticlesInParallel(raws, { workers });
      check = analysis.stories.reduce((sum, story) => sum + story.summary.length + story.facts.length, 0);
      check += analysis.stories.length;
      break;
    }
    case "add":
      extra = await measureAdds(raws, Number(addsText ?? 30), Number(warmupText ?? 100), Number(budgetText ?? 120));
      break;
    case "story":
      extra = await measureStory(raws, (addsText ?? "10,25,50,100").split(",").map(Number), workers);
      check = extra.check as number;
      break;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time of every thread of the process: on a machine shared with other jobs, wall-clock rates
  // fall with the load, CPU seconds per article much less.
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const line = {
    mode,
    corpus,
    size,
    workers,
    articles: raws.length,
    seconds,
    cpuSeconds,
    readSeconds,
    maxRssMb,
    check,
    ...extra,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

await main(process.argv.slice(2));
