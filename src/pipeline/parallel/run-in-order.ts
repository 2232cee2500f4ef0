import type { Cleaner } from "../../stages/clean/index.js";
import type { BatchResult, BatchTask } from "./batch-tasks.js";
import { runBatchTask } from "./run-batch-task.js";
import { type WorkerPool, WorkerStoppedError } from "./worker-pool.js";

export type BatchPool = WorkerPool<BatchTask, BatchResult>;

/** Tasks in flight per worker: enough to keep every worker busy, few enough to bound the copies in flight. */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * Runs `tasks` on the pool, a bounded number at a time (`toTask` called in order, as each is sent),
 * handing each result to `take` in task order with the item it came from. A task whose worker stopped
 * (out of memory, crashed) runs on this thread instead, with `cleaner`: the batch goes on, with the
 * same result.
 */
export async function runInOrder<T>(
  pool: BatchPool,
  tasks: readonly T[],
  toTask: (item: T) => BatchTask,
  take: (result: BatchResult, item: T) => void,
  cleaner: Cleaner,
): Promise<void> {
  const window = pool.size * IN_FLIGHT_PER_WORKER;
  const inFlight: Promise<BatchResult>[] = [];
  let next = 0;
  const launch = (): void => {
    const task = toTask(tasks[next++]!);
    const running = pool.run(task).catch((error: unknown) => {
      if (error instanceof WorkerStoppedError) return runBatchTask(task, cleaner);
      throw error;
    });
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
