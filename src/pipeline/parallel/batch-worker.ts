import { parentPort, workerData } from "node:worker_threads";
import { createCleaner } from "../../stages/clean/index.js";
import type { BatchResult, BatchTask, BatchWorkerData } from "./batch-tasks.js";
import { runBatchTask } from "./run-batch-task.js";
import type { WorkerReply } from "./worker-pool.js";

// One thread of a parallel batch: prepares articles (clean with the batch's site memory, detect the
// language, segment, compute index features, drop the tokens) and builds stories' dossiers.
const { siteMemory } = workerData as BatchWorkerData;
const cleaner = createCleaner(siteMemory);

parentPort?.on("message", ({ id, task }: { id: number; task: BatchTask }) => {
  let reply: WorkerReply<BatchResult>;
  try {
    reply = { id, result: runBatchTask(task, cleaner) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
