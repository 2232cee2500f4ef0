import { availableParallelism } from "node:os";
import type { Article, RawArticle } from "../../domain/article.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";
import { type Cleaner, createCleaner, type SiteMemorySnapshot } from "../../stages/clean/index.js";
import {
  clusterFeatures,
  mergeNeighborGraphParts,
  type NeighborSearch,
  neighborGraphParts,
} from "../../stages/cluster/index.js";
import { duplicateFeatures } from "../../stages/dedupe/index.js";
import type { AnalyzeOptions } from "../analyze-articles.js";
import { articleIdFor } from "../article-id.js";
import { prepareArticle } from "../prepare-article.js";
import { createRepeatedInputCheck } from "../repeated-input.js";
import type { BatchResult, BatchTask, BatchWorkerSetup, PreparedRecord } from "./batch-tasks.js";
import { buildStoriesHere, buildStoriesOnPool } from "./build-stories-on-pool.js";
import { runBatchTask } from "./run-batch-task.js";
import { type BatchPool, runInOrder } from "./run-in-order.js";
import { WORKER_HEAP_MB, WORKER_YOUNG_MB } from "./worker-heap.js";
import { createWorkerPool, WorkerStoppedError } from "./worker-pool.js";

/** One prepared article with the features the near-copy and story indexes take (its tokens are gone). */
export type IndexableArticle = Omit<PreparedRecord, "diagnostics">;

/** Builds story dossiers, on this thread or on worker threads; the result is the same either way. */
export interface StoryBuilder {
  /**
   * The dossier of each group (articles segmented again while it is built), in `byIndependentSources`
   * order. An undated article given a publication date inferred from its story gets it on the
   * `Article` that `articleOf` returned.
   */
  buildStories(
    groups: readonly (readonly ArticleId[])[],
    articleOf: (id: ArticleId) => Article,
    duplicates: ReadonlyMap<ArticleId, ArticleId>,
    options?: AnalyzeOptions,
  ): Promise<Story[]>;
  /** Stops its worker threads, if any. */
  close(): Promise<void>;
}

/**
 * Runs the per-article and per-story work of one batch, on this thread or on worker threads; the
 * result is the same either way. Made for one batch: the cleaner learns that batch's site furniture,
 * and `buildStories` is its last step (its workers are let go before the dossiers are read back;
 * `close()` is still needed, for a batch that stops before).
 */
export interface BatchRunner extends StoryBuilder {
  /** Worker threads in use (0: everything runs on this thread). */
  readonly workers: number;
  /**
   * The story clusterer's neighbour search split over the workers (`StoryClusterer.clustersWith`:
   * the same stories as `clusters()`), or undefined when everything runs on this thread.
   */
  readonly neighborSearch?: NeighborSearch;
  /**
   * Prepares every raw article (clean, language, segmentation, index features) and hands each to
   * `visit` in input order; a repeated input (same id) is reported in the diagnostics, not visited.
   */
  prepare(
    raws: readonly RawArticle[],
    visit: (prepared: IndexableArticle) => void,
    onProgress?: AnalyzeOptions["onProgress"],
  ): Promise<Diagnostic[]>;
}

export interface RunnerOptions {
  /**
   * Worker threads; 1 runs everything on this thread. By default one per core, and none for a batch
   * under `PARALLEL_MIN_ARTICLES` articles.
   */
  workers?: number;
  /** Each worker's old-generation heap, in MB (default `WORKER_HEAP_MB`). */
  workerHeapMb?: number;
}

/**
 * Below this many articles a batch runs on the calling thread unless workers are asked for: starting
 * workers (each loads the pipeline: ~0.5 s of CPU and ~150 MB) costs more than it saves.
 */
export const PARALLEL_MIN_ARTICLES = 400;
/** Articles per prepare task. */
const PREPARE_CHUNK = 100;

/** The module every batch worker thread runs. */
export const BATCH_WORKER_ENTRY = new URL("./batch-worker.mjs", import.meta.url);

/** Worker threads for work over `articles` articles: `workers` when given, else one per core from `PARALLEL_MIN_ARTICLES`. */
export function workersFor(articles: number, workers?: number): number {
  if (workers !== undefined) return Math.max(1, Math.floor(workers));
  return articles < PARALLEL_MIN_ARTICLES ? 1 : availableParallelism();
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Collects a prepared record's diagnostics and hands it to `visit`. */
function admit(record: PreparedRecord, diagnostics: Diagnostic[], visit: (prepared: IndexableArticle) => void): void {
  diagnostics.push(...record.diagnostics);
  visit({ article: record.article, cluster: record.cluster, duplicate: record.duplicate });
}

/**
 * A chunk of raw articles to prepare, split into the ones to send (first sight of their id) and the
 * repeats of an earlier input (their diagnostic, in input order), checked on this thread before any
 * work is spent on them.
 */
interface PrepareChunk {
  raws: readonly RawArticle[];
  /** Per raw article of the chunk: its repeat diagnostic, or null when it is sent to be prepared. */
  repeats: (Diagnostic | null)[];
}

function inThreadRunner(cleaner: Cleaner): BatchRunner {
  return {
    workers: 0,
    async prepare(raws, visit, onProgress) {
      const diagnostics: Diagnostic[] = [];
      const repeated = createRepeatedInputCheck();
      raws.forEach((raw, index) => {
        const id = articleIdFor(raw);
        const repeat = repeated(raw.path, id);
        if (repeat !== null) diagnostics.push(repeat);
        else {
          const { doc, diagnostics: found } = prepareArticle(raw, cleaner.clean(raw), id);
          const record = { article: doc.article, cluster: clusterFeatures(doc), duplicate: duplicateFeatures(doc) };
          admit({ ...record, diagnostics: found }, diagnostics, visit);
        }
        onProgress?.("prepare", index + 1, raws.length);
      });
      return diagnostics;
    },
    buildStories: async (groups, articleOf, duplicates, options) =>
      buildStoriesHere(groups, articleOf, duplicates, options),
    async close() {},
  };
}

/**
 * The runner of a batch on `pool`, whose workers clean with `siteMemory`. A task whose worker stopped
 * runs here with a cleaner made from that same snapshot (the observing cleaner, which holds every line
 * of every site, is let go: ~200 MB at 57k articles).
 */
function poolRunner(pool: BatchPool, siteMemory: SiteMemorySnapshot): BatchRunner {
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= pool.close();
    return closing;
  };
  return {
    workers: pool.size,
    neighborSearch: async (vectors, days, settings) => {
      // One part per worker, each searched against every vector (shared, not copied); a part whose
      // worker stopped is searched here.
      const parts = neighborGraphParts(vectors, days, settings, pool.size);
      const results = await Promise.all(
        parts.map(async (part) => {
          const task: BatchTask = { kind: "neighbors", part };
          const result = await pool.run(task).catch((error: unknown) => {
            if (error instanceof WorkerStoppedError) return runBatchTask(task, createCleaner());
            throw error;
          });
          if (result.kind !== "neighbors") throw new Error("a neighbour task answered with another kind of result");
          return result.result;
        }),
      );
      return mergeNeighborGraphParts(parts, results, vectors.length);
    },
    async prepare(raws, visit, onProgress) {
      const diagnostics: Diagnostic[] = [];
      const repeated = createRepeatedInputCheck();
      let prepared = 0;
      const chunks: PrepareChunk[] = chunked(raws, PREPARE_CHUNK).map((chunk) => ({ raws: chunk, repeats: [] }));
      await runInOrder(
        pool,
        chunks,
        (chunk) => {
          const sent: RawArticle[] = [];
          const ids: ArticleId[] = [];
          for (const raw of chunk.raws) {
            const id = articleIdFor(raw);
            const repeat = repeated(raw.path, id);
            chunk.repeats.push(repeat);
            if (repeat === null) {
              sent.push(raw);
              ids.push(id);
            }
          }
          return { kind: "prepare", raws: sent, ids };
        },
        (result, chunk) => {
          if (result.kind !== "prepare") throw new Error("a prepare task answered with another kind of result");
          let record = 0;
          for (const repeat of chunk.repeats) {
            if (repeat !== null) diagnostics.push(repeat);
            else admit(result.records[record++]!, diagnostics, visit);
          }
          prepared += chunk.raws.length;
          onProgress?.("prepare", prepared, raws.length);
        },
        createCleaner(siteMemory),
      );
      return diagnostics;
    },
    // Building the dossiers is a batch's last step: the workers go before the dossiers are read back.
    buildStories: (groups, articleOf, duplicates, options) =>
      buildStoriesOnPool(pool, groups, articleOf, duplicates, options, close),
    close,
  };
}

/**
 * A runner for the batch `raws`: its cleaner first observes every article of the batch (lines
 * repeated across a site's articles), then the work runs on worker threads when the batch is large
 * enough (see `RunnerOptions.workers`), else on this thread. Close it when done.
 */
export function createBatchRunner(raws: readonly RawArticle[], options: RunnerOptions = {}): BatchRunner {
  const workers = workersFor(raws.length, options.workers);
  // The workers load the pipeline (~0.85 s for two) while this thread observes the batch (~2 s at
  // 57k articles); its site memory reaches them before their first task.
  const pool =
    workers <= 1
      ? null
      : createWorkerPool<BatchTask, BatchResult>(BATCH_WORKER_ENTRY, workers, undefined, {
          heapMb: options.workerHeapMb ?? WORKER_HEAP_MB,
          youngMb: WORKER_YOUNG_MB,
        });
  const cleaner = createCleaner();
  try {
    for (const raw of raws) cleaner.observe(raw);
  } catch (error) {
    void pool?.close();
    throw error;
  }
  if (pool === null) return inThreadRunner(cleaner);
  const siteMemory = cleaner.snapshot();
  pool.broadcast({ setup: { siteMemory } } satisfies BatchWorkerSetup);
  return poolRunner(pool, siteMemory);
}
