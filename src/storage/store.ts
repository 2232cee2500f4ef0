import type { Article } from "../domain/article.js";
import type { Diagnostic, DiagnosticSeverity } from "../domain/diagnostic.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Span } from "../domain/span.js";
import type { Story } from "../domain/story.js";

/** What `listStories` returns per story: enough for a list page, without the dossier itself. */
export interface StorySummary {
  id: StoryId;
  title: string;
  articleCount: number;
  /** Distinct outlets (`article.source`) of the story's articles stored when it was saved, sorted. */
  sources: string[];
  independentSources: number;
  languages: string[];
  period: { from: string | null; to: string | null };
}

export interface ListStoriesOptions {
  /** `recent`: latest `period.to` first; `sources`: most independent sources first, then recent. */
  sort: "recent" | "sources";
  /** Only stories with an article in this language (ISO 639-1). */
  language?: string;
  /** Only stories whose period reaches this date or later (ISO date, any precision). */
  from?: string;
  /** Only stories whose period starts on this date or earlier (ISO date, any precision). */
  to?: string;
  limit: number;
  offset: number;
}

export interface ListDiagnosticsOptions {
  path?: string;
  severity?: DiagnosticSeverity;
  limit: number;
  offset?: number;
}

export interface SearchOptions {
  /** Only articles in this language; its stemmer alone is used for the query. */
  language?: string;
  limit: number;
  offset?: number;
}

/** One article matching a search, best first. */
export interface SearchHit {
  articleId: ArticleId;
  title: string;
  /** A verbatim excerpt of the article's text around the first match ("…" where cut). */
  snippet: string;
  /** Where the matched words are in `snippet`. */
  highlights: Span[];
  /** Relevance: higher is better. Comparable within one result list only. */
  score: number;
}

/**
 * A feed subscription and its polling state, as the server's feed poller keeps it in the store so
 * that subscriptions survive a restart. Dates are ISO 8601 strings.
 */
export interface StoredFeed {
  url: string;
  addedAt: string;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** Failures in a row. */
  failures: number;
  nextFetchAt: string;
  articlesAdded: number;
  /** Validators of the last answer, for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
}

/**
 * Where recoupe keeps what the pipeline produced: articles, stories, diagnostics, per-article
 * clustering features. Implemented on SQLite (`sqlite/`) and PostgreSQL (`postgres/`), both
 * checked by the one suite in `store-contract.ts`. Every multi-row write is one transaction:
 * a process killed mid-call leaves the store as it was before the call or after it.
 */
export interface Store {
  /**
   * Stores the articles whose id is not stored yet and leaves the others untouched. Idempotent:
   * putting the same article twice changes nothing. Safe against concurrent writers: each id is
   * reported `inserted` by exactly one caller.
   */
  putArticles(articles: readonly Article[]): Promise<{ inserted: ArticleId[]; existing: ArticleId[] }>;

  /**
   * Replaces stored articles by id (e.g. a later run found an earlier original and changed
   * `duplicateOf`); ids not stored yet are inserted. The search index follows.
   */
  replaceArticles(articles: readonly Article[]): Promise<void>;

  /** The article with this id, or null. */
  getArticle(id: ArticleId): Promise<Article | null>;

  /** Stored articles in insertion order; with `ids`, those found among them (in insertion order). */
  listArticles(options?: { ids?: readonly ArticleId[]; limit?: number; offset?: number }): Promise<Article[]>;

  countArticles(): Promise<number>;

  /**
   * Writes the given stories (replacing any stored with the same id) and deletes `removedIds`,
   * in one transaction, so readers never see an article in two stories or in none.
   */
  saveStories(stories: readonly Story[], removedIds: readonly StoryId[]): Promise<void>;

  /**
   * A number that every `saveStories` raises, whichever process calls it: a copy of the stories
   * held in memory (a server's story engine) is stale once it differs from when the copy was read.
   */
  storiesVersion(): Promise<number>;

  /** The story with this id, or null. */
  getStory(id: StoryId): Promise<Story | null>;

  /** One page of story summaries, and how many stories match the filters in all. */
  listStories(options: ListStoriesOptions): Promise<{ total: number; items: StorySummary[] }>;

  /** The story holding each of these articles (articles in no story are absent from the map). */
  storyIdsOfArticles(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoryId>>;

  /** Records diagnostics; one already recorded (same path, line, item, code, stage, message) is kept once. */
  putDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void>;

  /** Recorded diagnostics in the order they were first recorded. */
  listDiagnostics(options: ListDiagnosticsOptions): Promise<Diagnostic[]>;

  /**
   * Full-text search over article titles and texts: accent- and case-insensitive, words matched
   * by stem as well as exactly, every word required. Any string is a valid query: operators and
   * punctuation are taken as plain text; a query without words finds nothing.
   */
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;

  /**
   * Stores opaque per-article features, as JSON text, that the clustering stage keeps to rebuild its
   * index fast; replaces earlier features of the same article. Version them inside the value. Text,
   * not values: a caller holding a large batch's features keeps one string per article, not the
   * hundreds of small objects each one parses into.
   */
  putFeatures(entries: ReadonlyArray<readonly [ArticleId, string]>): Promise<void>;

  /**
   * Every stored feature value as JSON text (the same value as put, not always the same spelling),
   * by article id order, read in pages so the store stays usable meanwhile.
   */
  allFeatures(): AsyncIterable<[ArticleId, string]>;

  /**
   * Runs `fn` while holding the named lock, across every process using this store (PostgreSQL:
   * advisory lock; SQLite: a lock row, taken over when its holder process is gone). Use it
   * around read-cluster-save of stories so that two workers do not interleave.
   */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;

  /**
   * Subscribes to a feed: stores it unless a feed with its url is stored already (then that one
   * is kept as it is). Returns the stored feed and whether this call created it.
   */
  putFeed(feed: StoredFeed): Promise<{ feed: StoredFeed; created: boolean }>;

  /** Every subscribed feed, in subscription order. */
  listFeeds(): Promise<StoredFeed[]>;

  /** Saves a subscribed feed's polling state (every field but `url` and `addedAt`); an unknown url is ignored. */
  updateFeedState(feed: StoredFeed): Promise<void>;

  /** Closes the connection(s). The store must not be used afterwards. */
  close(): Promise<void>;
}
