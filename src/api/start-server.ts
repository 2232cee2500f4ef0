import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { storyEngineFor } from "../jobs/load-story-engine.js";
import { createReclusterSchedule } from "../jobs/recluster-schedule.js";
import { warmStoryEngine } from "../jobs/warm-story-engine.js";
import { createStoryBuilder, warmUpPipeline } from "../pipeline/index.js";
import { openStore } from "../storage/open-store.js";
import { createApp } from "./create-app.js";
import { createFeedPoller } from "./feed-poller.js";
import { type Logger, silentLogger } from "./logger.js";

export interface StartServerOptions {
  /** SQLite file or postgres:// URL (see `openStore`). */
  db: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Bearer token for write endpoints (default: RECOUPE_TOKEN; none means writes are open). */
  token?: string;
  logger?: Logger;
  maxBodyBytes?: number;
  writeRateLimit?: { limit: number; windowMs: number };
  summaryWords?: number;
  /** Feed polling: interval between fetches of a working feed, and fetch timeout. */
  feedIntervalMs?: number;
  feedTimeoutMs?: number;
  /** Slow clients: see `DEFAULT_CLIENT_TIMEOUTS`. */
  clientTimeouts?: Partial<ClientTimeouts>;
  /**
   * Articles added (by POST or by feeds) between two reclusterings of the whole store, which bring the
   * stories grown one add at a time back to what one batch gives (default `DEFAULT_RECLUSTER_EVERY`; 0: never).
   */
  reclusterEvery?: number;
}

/**
 * How far a store fed one article at a time drifts from one batch clustering of the same articles
 * (B-cubed F1, 10,000 articles held then 1,000 added one by one): Reuters 0.956 after 100 adds, 0.939
 * after 500, 0.929 after 1,000; OrangeSum 0.991, 0.986, 0.984. Reclustering after every 1,000 keeps the
 * stories above 0.92 of the batch result on both, for ~10 s of work at 11,000 articles (neighbour search
 * and dossiers on worker threads; the serving thread paused for at most 0.9–1.5 s at a time):
 * BENCHMARKS.md, *Eleventh pass*.
 */
export const DEFAULT_RECLUSTER_EVERY = 1000;

/**
 * How long a client may take to send its request, so that slow or stalled clients (a body sent a
 * byte at a time) hold a socket for a bounded time. Node checks them every `checkIntervalMs`.
 */
export interface ClientTimeouts {
  /** The request line and headers must arrive within this (answered 408 otherwise). */
  headersMs: number;
  /** The whole request, body included, must arrive within this (answered 408 otherwise). */
  requestMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
  checkIntervalMs: number;
}

/** 10 MB (the default body limit) takes about 80 s at 1 Mbit/s: a client slower than that is cut off. */
export const DEFAULT_CLIENT_TIMEOUTS: ClientTimeouts = {
  headersMs: 15_000,
  requestMs: 120_000,
  keepAliveMs: 5_000,
  checkIntervalMs: 5_000,
};

export interface RunningServer {
  host: string;
  port: number;
  /** Settles once the server is closed (by `close()` or SIGINT/SIGTERM) and the store released. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the store and serves the API and the pages from one process, with the feed poller running.
 * Stops cleanly on SIGINT/SIGTERM: stops polling, finishes requests in flight, closes the store.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? silentLogger;
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? process.env.RECOUPE_TOKEN;
  const summaryWords = options.summaryWords ?? 100;
  const timeouts = { ...DEFAULT_CLIENT_TIMEOUTS, ...options.clientTimeouts };
  const store = await openStore(options.db);
  try {
    // Before the first connection: the first add would otherwise load the story engine (every stored
    // article's features: seconds for a large store) and warm the pipeline while every read waits.
    await storyEngineFor(store);
    warmUpPipeline();
  } catch (error) {
    await store.close();
    throw error;
  }
  // Dossiers changed by an add are rebuilt on a worker thread, so reads are not held up by a large
  // story's rebuild; it loads the pipeline now, not while the first add and readers wait.
  const builder = createStoryBuilder({ startNow: true });
  const recluster = createReclusterSchedule({
    store,
    every: options.reclusterEvery ?? DEFAULT_RECLUSTER_EVERY,
    summaryWords,
    onReclustered: (result, seconds) =>
      logger.info("stories reclustered", {
        articles: result.articles,
        stories: result.stories,
        rewritten: result.savedStoryIds.length,
        removed: result.removedStoryIds.length,
        seconds: Math.round(seconds * 10) / 10,
      }),
    onFailed: (error) =>
      logger.error("stories not reclustered", { error: error instanceof Error ? error.message : String(error) }),
  });
  const onArticlesAdded = (count: number) => recluster.added(count);
  const feeds = createFeedPoller({
    store,
    summaryWords,
    logger,
    builder,
    onArticlesAdded,
    ...(options.feedIntervalMs !== undefined ? { intervalMs: options.feedIntervalMs } : {}),
    ...(options.feedTimeoutMs !== undefined ? { timeoutMs: options.feedTimeoutMs } : {}),
  });
  const app = createApp({
    store,
    token: token === "" ? undefined : token,
    logger,
    feeds,
    builder,
    onArticlesAdded,
    summaryWords,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.writeRateLimit !== undefined ? { writeRateLimit: options.writeRateLimit } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: host,
        serverOptions: {
          headersTimeout: timeouts.headersMs,
          requestTimeout: timeouts.requestMs,
          keepAliveTimeout: timeouts.keepAliveMs,
          connectionsCheckingInterval: timeouts.checkIntervalMs,
        },
      },
      () => resolve(started),
    );
    started.once("error", reject);
  }).catch(async (error: unknown) => {
    await builder.close();
    await store.close();
    throw error;
  });
  try {
    await feeds.load();
  } catch (error) {
    logger.warn("saved feed subscriptions not read", { error: error instanceof Error ? error.message : String(error) });
  }
  feeds.start();
  // Once listening (reads do not wait; an add waits on the stories lock): each stored article's
  // nearest neighbours, which adds would otherwise search one article at a time at first.
  const warming = warmStoryEngine(store).then(
    (articles) => {
      if (articles > 0) logger.info("story engine warmed", { articles });
    },
    (error: unknown) =>
      logger.warn("story engine not warmed", { error: error instanceof Error ? error.message : String(error) }),
  );
  const address = server.address() as AddressInfo;
  if (token === undefined || token === "")
    logger.warn("no RECOUPE_TOKEN set: write endpoints are open to anyone who can reach this address", { host });

  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<void> | null = null;
  const onSignal = () => void close();
  function close(): Promise<void> {
    closing ??= (async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await feeds.stop();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep connections open: give requests in flight a moment, then cut the rest.
      const cut = setTimeout(() => (server as { closeAllConnections?: () => void }).closeAllConnections?.(), 2000);
      cut.unref();
      await stopped;
      clearTimeout(cut);
      await warming;
      await recluster.close();
      await builder.close();
      await store.close();
      resolveClosed();
    })();
    return closing;
  }
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return { host: address.address, port: address.port, closed, close };
}
