import { createCleaner } from "../../stages/clean/index.js";
import { BATCH_WORKER_ENTRY, type StoryBuilder } from "./batch-runner.js";
import type { BatchResult, BatchTask, BatchWorkerSetup } from "./batch-tasks.js";
import { buildStoriesHere, buildStoriesOnPool } from "./build-stories-on-pool.js";
import type { BatchPool } from "./run-in-order.js";
import { WORKER_HEAP_MB, WORKER_YOUNG_MB } from "./worker-heap.js";
import { createWorkerPool } from "./worker-pool.js";

export interface StoryBuilderOptions {
  /** Worker threads (default 1: the other core stays with the thread that serves requests). */
  workers?: number;
  /**
   * Start the workers now rather than with the first build: a server's first add then does not wait
   * ~1 s for a worker to load the pipeline while readers wait on the same cores.
   */
  startNow?: boolean;
  /**
   * Stories of fewer articles than this in all are built on the calling thread (default 40): at
   * ~1–2 ms per article they take under ~60 ms, less than handing them to a worker and the dossiers
   * back costs a server under load (`npm run bench:load`, stories of a few articles: POST p50 65 ms
   * on the thread, 110 ms through the worker).
   */
  minArticles?: number;
}

/**
 * A story builder for a long-running process (the server): a store add rebuilds the dossier of every
 * story it changed, which for a story of hundreds of articles takes a second or more; on a worker
 * thread, the server goes on answering reads meanwhile. Its workers start with the first build (a
 * process that never builds pays nothing) unless `startNow`, and live until `close()`. A worker that
 * dies (out of memory, a crash) hands the builds it held back to the calling thread; the next build
 * starts fresh workers.
 */
export function createStoryBuilder(options: StoryBuilderOptions = {}): StoryBuilder {
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  let pool: BatchPool | null = null;
  const started = (): BatchPool => {
    if (pool === null) {
      pool = createWorkerPool<BatchTask, BatchResult>(BATCH_WORKER_ENTRY, workers, undefined, {
        heapMb: WORKER_HEAP_MB,
        youngMb: WORKER_YOUNG_MB,
      });
      // Building stories cleans nothing: the workers need no site memory.
      pool.broadcast({ setup: { siteMemory: createCleaner().snapshot() } } satisfies BatchWorkerSetup);
    }
    return pool;
  };
  if (options.startNow === true) started();
  const minArticles = options.minArticles ?? 40;
  return {
    async buildStories(groups, articleOf, duplicates, analyzeOptions) {
      const articles = groups.reduce((sum, group) => sum + group.length, 0);
      if (articles < minArticles) return buildStoriesHere(groups, articleOf, duplicates, analyzeOptions);
      const current = started();
      try {
        return await buildStoriesOnPool(current, groups, articleOf, duplicates, analyzeOptions);
      } finally {
        // Tasks of a worker that stopped ran here; the next build starts fresh workers.
        if (pool === current && current.stopped()) {
          pool = null;
          await current.close();
        }
      }
    },
    async close() {
      const current = pool;
      pool = null;
      await current?.close();
    },
  };
}
