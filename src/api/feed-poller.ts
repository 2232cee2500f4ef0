import type { RawArticle } from "../domain/article.js";
import type { ArticleId } from "../domain/ids.js";
import { addToStore } from "../jobs/add-to-store.js";
import { articleIdFor } from "../pipeline/article-id.js";
import type { StoryBuilder } from "../pipeline/index.js";
import { ingestBytes } from "../stages/ingest/index.js";
import type { Store, StoredFeed } from "../storage/store.js";
import { fetchBytes } from "./fetch-bytes.js";
import type { Logger } from "./logger.js";

/** What the server knows about one subscribed feed (`GET /api/feeds`). */
export interface FeedStatus {
  url: string;
  addedAt: string;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** Failures in a row; the retry delay doubles with each. */
  failures: number;
  nextFetchAt: string;
  articlesAdded: number;
}

export interface FeedPollerOptions {
  store: Store;
  summaryWords: number;
  logger: Logger;
  /** Builds the dossiers an add changes (default: on this thread). */
  builder?: StoryBuilder | undefined;
  /** Told how many new articles each fetch stored (the server's reclustering counts them). */
  onArticlesAdded?: ((count: number) => void) | undefined;
  /** Time between two fetches of a feed that works (default 15 min). */
  intervalMs?: number;
  /** Give up on a fetch after this long (default 20 s). */
  timeoutMs?: number;
  /** First retry delay after a failure, doubled on each further failure (default 1 min)… */
  retryBaseMs?: number;
  /** …up to this (default 6 h). */
  maxBackoffMs?: number;
  /** Feeds larger than this are refused (default 10 MB). */
  maxBytes?: number;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}

export interface FeedPoller {
  /** Subscribes to a feed (fetched at the next tick), saved in the store; a feed already subscribed is returned as is. */
  add(url: string): Promise<{ feed: FeedStatus; created: boolean }>;
  /** Reads the subscriptions saved in the store (those of an earlier run), keeping their polling state. */
  load(): Promise<void>;
  list(): FeedStatus[];
  /** Fetches every feed that is due now, one after the other. */
  pollDue(): Promise<void>;
  /** Starts the timer that polls feeds when they are due. */
  start(): void;
  /** Stops the timer and waits for a fetch in progress. */
  stop(): Promise<void>;
}

interface FeedState {
  status: FeedStatus;
  due: number;
  etag: string | null;
  lastModified: string | null;
  seen: Set<ArticleId>;
}

/**
 * Polls subscribed RSS/Atom/JSON feeds: fetches each with a timeout (conditional GET with ETag and
 * Last-Modified), reads new items with ingest's feed reader and adds them to the store, which
 * updates stories incrementally. A failing feed is retried with exponential backoff.
 * Subscriptions and their polling state are saved in the store (`load()` reads them back after a
 * restart); a failure to save the state is logged, and polling goes on.
 */
export function createFeedPoller(options: FeedPollerOptions): FeedPoller {
  const intervalMs = options.intervalMs ?? 15 * 60_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 6 * 3_600_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const fetchFeed = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const { store, logger } = options;
  const feeds = new Map<string, FeedState>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let started = false;

  const iso = (time: number) => new Date(time).toISOString();

  function stateOf(stored: StoredFeed): FeedState {
    const { etag, lastModified, ...status } = stored;
    const due = Date.parse(stored.nextFetchAt);
    return { status, due: Number.isFinite(due) ? due : now(), etag, lastModified, seen: new Set() };
  }

  async function save(state: FeedState): Promise<void> {
    try {
      await store.updateFeedState({ ...state.status, etag: state.etag, lastModified: state.lastModified });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn("feed state not saved", { url: state.status.url, error: message });
    }
  }

  async function newArticles(state: FeedState, articles: RawArticle[]): Promise<RawArticle[]> {
    const fresh: RawArticle[] = [];
    for (const raw of articles) {
      const id = articleIdFor(raw);
      if (state.seen.has(id)) continue;
      if ((await store.getArticle(id)) === null) fresh.push(raw);
      else state.seen.add(id);
    }
    return fresh;
  }

  async function fetchOnce(state: FeedState): Promise<void> {
    const headers: Record<string, string> = {
      accept:
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
      "user-agent": "recoupe (feed reader)",
    };
    if (state.etag !== null) headers["if-none-match"] = state.etag;
    if (state.lastModified !== null) headers["if-modified-since"] = state.lastModified;
    const { response, bytes } = await fetchBytes(
      fetchFeed,
      state.status.url,
      { headers, redirect: "follow" },
      { timeoutMs, maxBytes },
    );
    if (bytes === null) return;
    const result = ingestBytes(state.status.url, bytes, "feed");
    if (result.articles.length === 0) {
      const error = result.diagnostics.find((diagnostic) => diagnostic.severity === "error");
      if (error !== undefined) throw new Error(error.message);
    }
    state.etag = response.headers.get("etag");
    state.lastModified = response.headers.get("last-modified");
    const fresh = await newArticles(state, result.articles);
    if (fresh.length > 0) {
      const added = await addToStore(store, fresh, {
        summaryWords: options.summaryWords,
        ...(options.builder !== undefined ? { builder: options.builder } : {}),
      });
      state.status.articlesAdded += added.inserted.length;
      options.onArticlesAdded?.(added.inserted.length);
      for (const raw of fresh) state.seen.add(articleIdFor(raw));
      logger.info("feed items added", { url: state.status.url, inserted: added.inserted.length });
    }
    if (result.diagnostics.length > 0) await store.putDiagnostics(result.diagnostics);
  }

  async function poll(state: FeedState): Promise<void> {
    state.status.lastFetchedAt = iso(now());
    try {
      await fetchOnce(state);
      state.status.failures = 0;
      state.status.lastError = null;
      state.status.lastSuccessAt = iso(now());
      state.due = now() + intervalMs;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      state.status.failures += 1;
      state.status.lastError = message;
      state.due = now() + Math.min(retryBaseMs * 2 ** (state.status.failures - 1), maxBackoffMs);
      logger.warn("feed fetch failed", { url: state.status.url, failures: state.status.failures, error: message });
    }
    state.status.nextFetchAt = iso(state.due);
    await save(state);
  }

  function schedule(): void {
    if (!started) return;
    if (timer !== null) clearTimeout(timer);
    const next = Math.min(...[...feeds.values()].map((state) => state.due));
    if (!Number.isFinite(next)) return;
    timer = setTimeout(
      () => {
        timer = null;
        void pollDue().finally(schedule);
      },
      Math.max(0, Math.min(next - now(), 2 ** 31 - 1)),
    );
    timer.unref();
  }

  async function pollDue(): Promise<void> {
    if (running !== null) return running;
    running = (async () => {
      for (const state of feeds.values()) if (state.due <= now()) await poll(state);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async add(url) {
      const existing = feeds.get(url);
      if (existing !== undefined) return { feed: existing.status, created: false };
      const time = now();
      const stored = await store.putFeed({
        url,
        addedAt: iso(time),
        lastFetchedAt: null,
        lastSuccessAt: null,
        lastError: null,
        failures: 0,
        nextFetchAt: iso(time),
        articlesAdded: 0,
        etag: null,
        lastModified: null,
      });
      // Another request (or process) may have subscribed meanwhile: keep the one in memory, if any.
      const known = feeds.get(url);
      if (known !== undefined) return { feed: known.status, created: false };
      const state = stateOf(stored.feed);
      feeds.set(url, state);
      schedule();
      return { feed: state.status, created: stored.created };
    },
    async load() {
      for (const stored of await store.listFeeds()) if (!feeds.has(stored.url)) feeds.set(stored.url, stateOf(stored));
      schedule();
    },
    list: () => [...feeds.values()].map((state) => state.status),
    pollDue,
    start() {
      started = true;
      schedule();
    },
    async stop() {
      started = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
