import { Worker } from "node:worker_threads";

/** A fixed set of worker threads running tasks of one kind; each task goes to the least busy worker. */
export interface WorkerPool<Task, Result> {
  readonly size: number;
  /** Runs `task` on a worker; rejects when the worker throws or dies. */
  run(task: Task, transfer?: readonly ArrayBuffer[]): Promise<Result>;
  /**
   * Posts `message` to every worker still running, ahead of every task run after it (a worker reads
   * its messages in order): what the workers need but is known only once they have started.
   */
  broadcast(message: unknown): void;
  /** Stops every worker (pending tasks reject). */
  close(): Promise<void>;
  /** Whether a worker has stopped (thrown out of its module, died, or exited). */
  stopped(): boolean;
}

/**
 * Why a task was not run: its worker stopped (ran out of memory, crashed, exited) or there was none
 * left. Unlike an error the task itself threw, running the task elsewhere may well succeed.
 */
export class WorkerStoppedError extends Error {
  override name = "WorkerStoppedError";
}

export interface WorkerPoolOptions {
  /**
   * Old-generation heap of each worker, in MB (V8's default otherwise). A cap makes V8 collect
   * garbage before the heap grows far past what the worker keeps alive; a worker that needs more dies
   * (ERR_WORKER_OUT_OF_MEMORY) and its tasks reject with a `WorkerStoppedError`.
   */
  heapMb?: number;
  /** Young-generation heap of each worker, in MB (V8 sizes it from `heapMb` otherwise). */
  youngMb?: number;
}

/** What a worker posts back for the task with this number. */
export type WorkerReply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Pending<Result> {
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface PoolMember<Result> {
  worker: Worker;
  pending: Map<number, Pending<Result>>;
  /** Why the worker stopped, once it has. */
  stopped: Error | null;
}

/**
 * Starts `size` workers on the module at `entry`, each given `workerData`. The module answers each
 * `{ id, task }` message with a `WorkerReply` (and takes any other message as one `broadcast`).
 */
export function createWorkerPool<Task, Result>(
  entry: URL,
  size: number,
  workerData: unknown,
  options: WorkerPoolOptions = {},
): WorkerPool<Task, Result> {
  let nextId = 0;
  const members: PoolMember<Result>[] = [];
  const fail = (member: PoolMember<Result>, cause: Error): void => {
    const error = cause instanceof WorkerStoppedError ? cause : new WorkerStoppedError(cause.message, { cause });
    member.stopped ??= error;
    for (const pending of member.pending.values()) pending.reject(error);
    member.pending.clear();
  };
  for (let k = 0; k < size; k++) {
    const resourceLimits = {
      ...(options.heapMb !== undefined ? { maxOldGenerationSizeMb: options.heapMb } : {}),
      ...(options.youngMb !== undefined ? { maxYoungGenerationSizeMb: options.youngMb } : {}),
    };
    const worker = new Worker(entry, { workerData, resourceLimits });
    const member: PoolMember<Result> = { worker, pending: new Map(), stopped: null };
    worker.on("message", (reply: WorkerReply<Result>) => {
      const pending = member.pending.get(reply.id);
      if (pending === undefined) return;
      member.pending.delete(reply.id);
      if ("error" in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.result);
    });
    worker.on("error", (error) => fail(member, error));
    worker.on("exit", (code) => fail(member, new Error(`worker thread exited (code ${code})`)));
    members.push(member);
  }
  return {
    size,
    run(task, transfer = []) {
      const alive = members.filter((member) => member.stopped === null);
      if (alive.length === 0)
        return Promise.reject(members[0]?.stopped ?? new WorkerStoppedError("the worker pool has no worker"));
      const member = alive.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        member.pending.set(id, { resolve, reject });
        member.worker.postMessage({ id, task }, [...transfer]);
      });
    },
    broadcast(message) {
      for (const member of members) if (member.stopped === null) member.worker.postMessage(message);
    },
    async close() {
      await Promise.all(members.map((member) => member.worker.terminate()));
    },
    stopped: () => members.some((member) => member.stopped !== null),
  };
}
