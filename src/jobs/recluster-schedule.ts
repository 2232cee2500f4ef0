import type { Store } from "../storage/store.js";
import { type ReclusterResult, reclusterStore } from "./recluster-store.js";

export interface ReclusterScheduleOptions {
  store: Store;
  /** Articles added between two reclusterings; 0 never reclusters. */
  every: number;
  summaryWords: number;
  /**
   * How long to wait, once `every` articles have come, before reclustering (default 2 s): a burst of adds
   * (a feed's new items, a POST of many articles) is then regrouped once, after its last add.
   */
  delayMs?: number;
  /** Worker threads of the reclustering (see `ReclusterOptions.workers`). */
  workers?: number;
  /** Told after each reclustering, with how long it took. */
  onReclustered?: (result: ReclusterResult, seconds: number) => void;
  /** Told when a reclustering failed; the articles it was for count toward the next one. */
  onFailed?: (error: unknown) => void;
}

export interface ReclusterSchedule {
  /** Counts articles just stored; past `every` since the last reclustering, one is started (after `delayMs`). */
  added(count: number): void;
  /** Settles once no reclustering is waiting or running. */
  idle(): Promise<void>;
  /** Cancels a waiting reclustering and settles once a running one has finished. */
  close(): Promise<void>;
}

/**
 * Regroups a live store's stories now and then, as one batch would. Each add only updates the stories
 * of the new article's neighbours, so a store fed one article at a time drifts from the batch result
 * (B-cubed 0.939 against it after 500 adds to 10,000 Reuters articles, 0.929 after 1,000): `recoupe
 * serve` reclusters after every `every` added articles (`reclusterStore`: the neighbour search and the
 * rewritten dossiers on worker threads, the average-link step on this one; adds wait for it on the stories
 * lock).
 */
export function createReclusterSchedule(options: ReclusterScheduleOptions): ReclusterSchedule {
  const delayMs = options.delayMs ?? 2000;
  let pending = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  function start(): void {
    timer = null;
    if (closed || running !== null) return;
    const counted = pending;
    const started = performance.now();
    let failed = false;
    running = reclusterStore(options.store, {
      summaryWords: options.summaryWords,
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
    })
      .then(
        (result) => {
          pending -= counted;
          options.onReclustered?.(result, (performance.now() - started) / 1000);
        },
        (error: unknown) => {
          failed = true;
          options.onFailed?.(error);
        },
      )
      .finally(() => {
        running = null;
        // Articles that came while it ran may already call for the next one; after a failure, the next add
        // tries again (not a timer: a store that cannot be written would fail every few seconds).
        if (!failed) schedule();
      });
  }

  function schedule(): void {
    if (closed || options.every <= 0 || pending < options.every || running !== null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(start, delayMs);
    timer.unref();
  }

  return {
    added(count) {
      if (count <= 0) return;
      pending += count;
      schedule();
    },
    async idle() {
      while (timer !== null || running !== null) {
        if (running !== null) await running;
        else await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (running !== null) await running;
    },
  };
}
