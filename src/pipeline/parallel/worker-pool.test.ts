import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createWorkerPool, WorkerStoppedError } from "./worker-pool.js";

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

  it("hands a broadcast to every worker before the tasks run after it", async () => {
    // Multiplies by the factor it was last told, 1 until told.
    const TOLD = new URL(
      `data:text/javascript,${encodeURIComponent(`
        import { parentPort } from "node:worker_threads";
        let factor = 1;
        parentPort.on("message", (message) => {
          if ("factor" in message) factor = message.factor;
          else parentPort.postMessage({ id: message.id, result: message.task * factor });
        });
      `)}`,
    );
    const pool = createWorkerPool<number, number>(TOLD, 2, undefined);
    try {
      pool.broadcast({ factor: 3 });
      const results = await Promise.all(Array.from({ length: 6 }, (_, k) => pool.run(k + 1)));
      assert.deepEqual(results, [3, 6, 9, 12, 15, 18], "both workers told");
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
      await assert.rejects(pool.run(0), (error) => error instanceof WorkerStoppedError && /code 3/.test(error.message));
      await assert.rejects(pool.run(1), WorkerStoppedError, "a pool without workers refuses tasks");
      assert.ok(pool.stopped());
    } finally {
      await pool.close();
    }
  });

  it("stops a worker that outgrows its heap cap, as a worker that stopped", async () => {
    const HOARDER = new URL(
      `data:text/javascript,${encodeURIComponent(`
        import { parentPort } from "node:worker_threads";
        const kept = [];
        parentPort.on("message", ({ id }) => {
          for (;;) kept.push(new Array(100000).fill(kept.length));
        });
      `)}`,
    );
    const pool = createWorkerPool<number, number>(HOARDER, 1, {}, { heapMb: 16 });
    try {
      await assert.rejects(pool.run(1), WorkerStoppedError);
    } finally {
      await pool.close();
    }
  });

  it("gives each worker the heap sizes asked for", async () => {
    const REPORTER = new URL(
      `data:text/javascript,${encodeURIComponent(`
        import { parentPort, resourceLimits } from "node:worker_threads";
        parentPort.on("message", ({ id }) => parentPort.postMessage({ id, result: resourceLimits }));
      `)}`,
    );
    const pool = createWorkerPool<number, Record<string, number>>(REPORTER, 1, {}, { heapMb: 64, youngMb: 24 });
    try {
      const limits = await pool.run(1);
      assert.equal(limits.maxOldGenerationSizeMb, 64);
      assert.equal(limits.maxYoungGenerationSizeMb, 24);
    } finally {
      await pool.close();
    }
  });
});
