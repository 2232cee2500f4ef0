import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createWorkerPool } from "./worker-pool.js";

/** A worker that doubles numbers, fails on negative ones, and exits on 0 (as a crash would). */
const DOUBLER = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort, workerData } from "node:worker_threads";
    parentPort.on("message", ({ id, task }) => {
      if (task === 0) process.exit(3);
      if (task < 0) parentPort.postMessage({ id, error: "negative: " + task });
      else parentPort.postMessage({ id, result: task * workerData.factor });
    });
  `)}`,
);

describe("createWorkerPool", () => {
  it("runs tasks on every worker and gives each result to its own task", async () => {
    const pool = createWorkerPool<number, number>(DOUBLER, 3, { factor: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, k) => pool.run(k + 1)));
      assert.deepEqual(
        results,
        Array.from({ length: 20 }, (_, k) => 2 * (k + 1)),
      );
    } finally {
      await pool.close();
    }
  });

  it("rejects a task the worker reports as failed, and keeps serving the others", async () => {
    const pool = createWorkerPool<number, number>(DOUBLER, 1, { factor: 2 });
    try {
      await assert.rejects(pool.run(-4), /negative: -4/);
      assert.equal(await pool.run(5), 10);
    } finally {
      await pool.close();
    }
  });

  it("rejects the pending tasks of a worker that dies", async () => {
    const pool = createWorkerPool<number, number>(DOUBLER, 1, { factor: 2 });
    try {
      await assert.rejects(pool.run(0), /worker thread exited \(code 3\)/);
      await assert.rejects(pool.run(1), /worker thread exited \(code 3\)/, "a pool without workers refuses tasks");
    } finally {
      await pool.close();
    }
  });
});
