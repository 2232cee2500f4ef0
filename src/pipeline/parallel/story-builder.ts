import { createCleaner } from "../../stages/clean/index.js";
import { BATCH_WORKER_ENTRY, type BatchPool, buildStoriesOnPool, type StoryBuilder } from "./batch-runner.js";
import type { BatchResult, BatchTask, BatchWorkerData } from "./batch-tasks.js";
import { createWorkerPool } from "./worker-pool.js";

export interface StoryBuilderOptions {
  /** Worker threads (default 1: the other core stays with the thread that serves requests). */
  workers?: number;
}

/**
 * A story builder for a long-running process (the server): a store add rebuilds the dossier of every
 * story it changed, which for a story of hundreds of articles takes a second or more; on a worker
 * thread, the server goes on answering reads meanwhile. Its workers start with the first build (a
 * process that never builds pays nothing) and live until `close()`. A worker that dies (out of
 * memory, a crash) fails the builds it held; the next build starts fresh workers.
 */
export function createStoryBuilder(options: StoryBuilderOptions = {}): StoryBuilder {
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  let pool: BatchPool | null = null;
  return {
    async buildStories(groups, articleOf, duplicates, analyzeOptions) {
      if (pool === null) {
        // Building stories cleans nothing: the workers need no site memory.
        const workerData: BatchWorkerData = { siteMemory: createCleaner().snapshot() };
        pool = createWorkerPool<BatchTask, BatchResult>(BATCH_WORKER_ENTRY, workers, workerData);
      }
      const current = pool;
      try {
        return await buildStoriesOnPool(current, groups, articleOf, duplicates, analyzeOptions);
      } catch (error) {
        if (pool === current && current.stopped()) {
          pool = null;
          await current.close();
        }
        throw error;
      }
    },
    async close() {
      const current = pool;
      pool = null;
      await current?.close();
    },
  };
}
