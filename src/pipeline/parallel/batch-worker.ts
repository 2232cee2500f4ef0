import { parentPort } from "node:worker_threads";
import { type Cleaner, createCleaner } from "../../stages/clean/index.js";
import type { BatchResult, BatchTask, BatchWorkerSetup } from "./batch-tasks.js";
import { runBatchTask } from "./run-batch-task.js";
import type { WorkerReply } from "./worker-pool.js";

// One thread of a parallel batch: prepares articles (clean with the batch's site memory, detect the
// language, segment, compute index features, drop the tokens) and builds stories' dossiers. The site
// memory comes first, in a setup message (see `BatchWorkerSetup`).
let cleaner: Cleaner | null = null;

parentPort?.on("message", (message: BatchWorkerSetup | { id: number; task: BatchTask }) => {
  if ("setup" in message) {
    cleaner = createCleaner(message.setup.siteMemory);
    return;
  }
  const { id, task } = message;
  let reply: WorkerReply<BatchResult>;
  try {
    if (cleaner === null) throw new Error("a batch task reached a worker before the batch's site memory");
    reply = { id, result: runBatchTask(task, cleaner) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
