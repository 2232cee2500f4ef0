import { availableParallelism } from "node:os";
import type { Article, RawArticle } from "../../domain/article.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";
import { createCleaner } from "../../stages/clean/index.js";
import { createStoryClusterer } from "../../stages/cluster/index.js";
import { createDuplicateIndex } from "../../stages/dedupe/index.js";
import {
  type Analysis,
  type AnalyzeOptions,
  analyzeArticles,
  type IndexedBatch,
  indexArticles,
} from "../analyze-articles.js";
import { createRepeatedInputCheck } from "../repeated-input.js";
import { byIndependentSources } from "../story-order.js";
import type { BatchResult, BatchTask, DatedArticle, StoryTask } from "./batch-tasks.js";
import { createWorkerPool, type WorkerPool } from "./worker-pool.js";

export interface ParallelOptions extends AnalyzeOptions {
  /**
   * Worker threads; 1 runs the batch on this thread. By default one per core, and none for a batch
   * under `PARALLEL_MIN_ARTICLES` articles.
   */
  workers?: number;
}

/**
 * Below this many articles a batch runs on the calling thread unless workers are asked for: starting
 * workers (each loads the pipeline, ~0.5 s) costs more than it saves.
 */
export const PARALLEL_MIN_ARTICLES = 400;
/** Articles per prepare task, and per story-building task (a larger story is one task). */
const PREPARE_CHUNK = 100;
const BUILD_CHUNK = 60;
/** Tasks in flight per worker: enough to keep every worker busy, few enough to bound the copies in flight. */
const IN_FLIGHT_PER_WORKER = 3;

type BatchPool = WorkerPool<BatchTask, BatchResult>;

function workerCount(options: ParallelOptions, articles: number): number {
  if (options.workers !== undefined) return Math.max(1, Math.floor(options.workers));
  return articles < PARALLEL_MIN_ARTICLES ? 1 : availableParallelism();
}

/** Runs `tasks` on the pool, a bounded number at a time, handing each result to `take` in task order. */
async function runInOrder<T>(
  pool: BatchPool,
  tasks: readonly T[],
  toTask: (item: T) => BatchTask,
  take: (result: BatchResult, item: T) => void,
): Promise<void> {
  const window = pool.size * IN_FLIGHT_PER_WORKER;
  const inFlight: Promise<BatchResult>[] = [];
  let next = 0;
  const launch = (): void => {
    const running = pool.run(toTask(tasks[next++]!));
    // Awaited in order below; when an earlier task fails, the later ones must not go unhandled.
    running.catch(() => undefined);
    inFlight.push(running);
  };
  while (next < tasks.length && inFlight.length < window) launch();
  for (let done = 0; done < tasks.length; done++) {
    const result = await inFlight.shift()!;
    if (next < tasks.length) launch();
    take(result, tasks[done]!);
  }
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

function startPool(raws: readonly RawArticle[], workers: number): BatchPool {
  const cleaner = createCleaner();
  for (const raw of raws) cleaner.observe(raw);
  return createWorkerPool<BatchTask, BatchResult>(new URL("./batch-worker.mjs", import.meta.url), workers, {
    siteMemory: cleaner.snapshot(),
  });
}

/** `indexArticles` with articles prepared on worker threads; the indexes stay on this thread. */
async function indexOnPool(pool: BatchPool, raws: readonly RawArticle[], options: ParallelOptions) {
  const duplicateIndex = createDuplicateIndex();
  const clusterer = createStoryClusterer();
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const repeated = createRepeatedInputCheck();
  let prepared = 0;
  await runInOrder(
    pool,
    chunked(raws, PREPARE_CHUNK),
    (chunk) => ({ kind: "prepare", raws: chunk }),
    (result) => {
      if (result.kind !== "prepare") throw new Error("a prepare task answered with another kind of result");
      for (const record of result.records) {
        diagnostics.push(...record.diagnostics);
        const repeat = repeated(record.article.path, record.article.id);
        if (repeat !== null) diagnostics.push(repeat);
        else {
          duplicateIndex.addFeatures(record.article, record.duplicate);
          clusterer.addFeatures(record.article.id, record.cluster);
          articles.push(record.article);
        }
      }
      prepared += result.records.length;
      options.onProgress?.("prepare", prepared, raws.length);
    },
  );
  const duplicates = duplicateIndex.duplicates();
  for (const article of articles) article.duplicateOf = duplicates.get(article.id) ?? null;
  return { articles, duplicates, groups: clusterer.clusters(), diagnostics };
}

/** Stories packed into tasks of about `BUILD_CHUNK` articles, largest stories first (they take longest). */
function storyTasks(
  groups: readonly (readonly ArticleId[])[],
  articleOf: (id: ArticleId) => Article,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
): StoryTask[][] {
  const tasks: StoryTask[][] = [];
  let current: StoryTask[] = [];
  let size = 0;
  for (const group of [...groups].sort((a, b) => b.length - a.length)) {
    const story: StoryTask = {
      articles: group.map(articleOf),
      duplicates: group.flatMap((id) => {
        const root = duplicates.get(id);
        return root === undefined ? [] : [[id, root] as [ArticleId, ArticleId]];
      }),
    };
    current.push(story);
    size += group.length;
    if (size >= BUILD_CHUNK) {
      tasks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) tasks.push(current);
  return tasks;
}

/**
 * `indexArticles` spread over worker threads: each article is cleaned (with what the cleaner learnt
 * from the whole batch), segmented and turned into index features on a worker; near-copies and
 * stories are found on this thread. Same result as `indexArticles`, whatever the number of workers.
 */
export async function indexArticlesInParallel(
  raws: readonly RawArticle[],
  options: ParallelOptions = {},
): Promise<IndexedBatch> {
  const workers = workerCount(options, raws.length);
  if (workers <= 1) return indexArticles(raws, options.onProgress);
  const pool = startPool(raws, workers);
  try {
    return await indexOnPool(pool, raws, options);
  } finally {
    await pool.close();
  }
}

/**
 * `analyzeArticles` spread over worker threads: articles are prepared on the workers, stories found
 * on this thread, then each story's dossier built on a worker. Same result as `analyzeArticles`.
 */
export async function analyzeArticlesInParallel(
  raws: readonly RawArticle[],
  options: ParallelOptions = {},
): Promise<Analysis> {
  const workers = workerCount(options, raws.length);
  if (workers <= 1) return analyzeArticles(raws, options);
  const pool = startPool(raws, workers);
  try {
    const { articles, duplicates, groups, diagnostics } = await indexOnPool(pool, raws, options);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const stories: Story[] = [];
    const applyDates = (dated: readonly DatedArticle[]): void => {
      for (const { id, publishedAt, publishedAtInferred } of dated) {
        const article = byId.get(id)!;
        article.publishedAt = publishedAt;
        article.publishedAtInferred = publishedAtInferred;
      }
    };
    await runInOrder(
      pool,
      storyTasks(groups, (id) => byId.get(id)!, duplicates),
      (task) => ({ kind: "build", stories: task, summaryWords: options.summaryWords ?? 100 }),
      (result) => {
        if (result.kind !== "build") throw new Error("a build task answered with another kind of result");
        stories.push(...result.stories);
        applyDates(result.dated);
        options.onProgress?.("stories", stories.length, groups.length);
      },
    );
    return { articles, stories: stories.sort(byIndependentSources), diagnostics };
  } finally {
    await pool.close();
  }
}
