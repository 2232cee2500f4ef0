import type Database from "better-sqlite3";
import type { Article } from "../../domain/article.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import { type ArticleId, ArticleIdSchema, type StoryId, StoryIdSchema } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";
import { ArticleSchema } from "../article-schema.js";
import { buildSnippet } from "../build-snippet.js";
import { diagnosticFromRow, diagnosticKey } from "../diagnostic-schema.js";
import { searchTerms } from "../search-terms.js";
import type {
  ListDiagnosticsOptions,
  ListStoriesOptions,
  SearchHit,
  SearchOptions,
  Store,
  StoredFeed,
  StorySummary,
} from "../store.js";
import { StorySchema } from "../story-schema.js";
import { ftsQuery } from "./fts-query.js";
import { listSqliteStories } from "./list-sqlite-stories.js";
import { saveSqliteStories, sqliteStoriesVersion } from "./save-sqlite-stories.js";
import { listSqliteFeeds, putSqliteFeed, updateSqliteFeedState } from "./sqlite-feeds.js";
import { acquireSqliteLock } from "./sqlite-lock.js";
import { stemmedText } from "./stemmed-text.js";

const FEATURE_PAGE = 500;

/** The `Store` on one SQLite database (see `openSqliteStore`, which configures and migrates it). */
export class SqliteStore implements Store {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Database.Database) {}

  async putArticles(articles: readonly Article[]): Promise<{ inserted: ArticleId[]; existing: ArticleId[] }> {
    const insert = this.db.prepare(
      `INSERT INTO articles (id, source, language, published_at, json) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    );
    const inserted: ArticleId[] = [];
    const existing: ArticleId[] = [];
    this.db
      .transaction(() => {
        for (const article of articles) {
          const result = insert.run(
            article.id,
            article.source,
            article.language,
            article.publishedAt,
            JSON.stringify(article),
          );
          if (result.changes === 0) {
            existing.push(article.id);
            continue;
          }
          this.index(Number(result.lastInsertRowid), article);
          inserted.push(article.id);
        }
      })
      .immediate();
    return { inserted, existing };
  }

  async replaceArticles(articles: readonly Article[]): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO articles (id, source, language, published_at, json) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET source = excluded.source, language = excluded.language,
         published_at = excluded.published_at, json = excluded.json
       RETURNING seq`,
    );
    const unindex = this.db.prepare("DELETE FROM article_search WHERE rowid = ?");
    this.db
      .transaction(() => {
        for (const article of articles) {
          const row = upsert.get(
            article.id,
            article.source,
            article.language,
            article.publishedAt,
            JSON.stringify(article),
          );
          const seq = (row as { seq: number }).seq;
          unindex.run(seq);
          this.index(seq, article);
        }
      })
      .immediate();
  }

  private index(seq: number, article: Article): void {
    this.db
      .prepare("INSERT INTO article_search (rowid, title, text, stems) VALUES (?, ?, ?, ?)")
      .run(seq, article.title, article.text, stemmedText(`${article.title}\n${article.text}`, article.language));
  }

  async getArticle(id: ArticleId): Promise<Article | null> {
    const row = this.db.prepare("SELECT json FROM articles WHERE id = ?").get(id) as { json: string } | undefined;
    return row === undefined ? null : ArticleSchema.parse(JSON.parse(row.json));
  }

  async listArticles(
    options: { ids?: readonly ArticleId[]; limit?: number; offset?: number } = {},
  ): Promise<Article[]> {
    const filter = options.ids === undefined ? "" : "WHERE id IN (SELECT value FROM json_each(@ids))";
    const rows = this.db.prepare(`SELECT json FROM articles ${filter} ORDER BY seq LIMIT @limit OFFSET @offset`).all({
      limit: options.limit ?? -1,
      offset: options.offset ?? 0,
      ...(options.ids === undefined ? {} : { ids: JSON.stringify(options.ids) }),
    }) as { json: string }[];
    return rows.map((row) => ArticleSchema.parse(JSON.parse(row.json)));
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS count FROM articles").get() as { count: number }).count;
  }

  async storiesVersion(): Promise<number> {
    return sqliteStoriesVersion(this.db);
  }

  async saveStories(stories: readonly Story[], removedIds: readonly StoryId[]): Promise<void> {
    saveSqliteStories(this.db, stories, removedIds);
  }

  async getStory(id: StoryId): Promise<Story | null> {
    const row = this.db.prepare("SELECT json FROM stories WHERE id = ?").get(id) as { json: string } | undefined;
    return row === undefined ? null : StorySchema.parse(JSON.parse(row.json));
  }

  async listStories(options: ListStoriesOptions): Promise<{ total: number; items: StorySummary[] }> {
    return listSqliteStories(this.db, options);
  }

  async storyIdsOfArticles(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoryId>> {
    const rows = this.db
      .prepare(
        `SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))
         ORDER BY article_id, story_id`,
      )
      .all(JSON.stringify(ids)) as { article_id: string; story_id: string }[];
    const found = new Map<ArticleId, StoryId>();
    for (const row of rows) {
      const articleId = ArticleIdSchema.parse(row.article_id);
      if (!found.has(articleId)) found.set(articleId, StoryIdSchema.parse(row.story_id));
    }
    return found;
  }

  async putDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO diagnostics (key, path, line, item, code, severity, stage, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO NOTHING`,
    );
    this.db
      .transaction(() => {
        for (const d of diagnostics) {
          insert.run(diagnosticKey(d), d.path, d.line ?? null, d.item ?? null, d.code, d.severity, d.stage, d.message);
        }
      })
      .immediate();
  }

  async listDiagnostics(options: ListDiagnosticsOptions): Promise<Diagnostic[]> {
    const conditions: string[] = [];
    if (options.path !== undefined) conditions.push("path = @path");
    if (options.severity !== undefined) conditions.push("severity = @severity");
    const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
    const rows = this.db
      .prepare(
        `SELECT path, line, item, code, severity, stage, message FROM diagnostics ${where}
         ORDER BY seq LIMIT @limit OFFSET @offset`,
      )
      .all({
        limit: options.limit,
        offset: options.offset ?? 0,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.severity === undefined ? {} : { severity: options.severity }),
      }) as Parameters<typeof diagnosticFromRow>[0][];
    return rows.map(diagnosticFromRow);
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const terms = searchTerms(query, options.language);
    if (terms.length === 0) return [];
    const languageFilter = options.language === undefined ? "" : "AND a.language = @language";
    const rows = this.db
      .prepare(
        `SELECT a.json, -bm25(article_search, 10.0, 1.0, 0.5) AS score
         FROM article_search JOIN articles a ON a.seq = article_search.rowid
         WHERE article_search MATCH @match ${languageFilter}
         ORDER BY score DESC, a.seq LIMIT @limit OFFSET @offset`,
      )
      .all({
        match: ftsQuery(terms),
        limit: options.limit,
        offset: options.offset ?? 0,
        ...(options.language === undefined ? {} : { language: options.language }),
      }) as { json: string; score: number }[];
    return rows.map((row) => {
      const article = ArticleSchema.parse(JSON.parse(row.json));
      return {
        articleId: article.id,
        title: article.title,
        score: row.score,
        ...buildSnippet(article.text, article.language, terms),
      };
    });
  }

  async putFeatures(entries: ReadonlyArray<readonly [ArticleId, string]>): Promise<void> {
    const upsert = this.db.prepare(
      "INSERT INTO article_features (article_id, json) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET json = excluded.json",
    );
    this.db
      .transaction(() => {
        for (const [id, json] of entries) upsert.run(id, json);
      })
      .immediate();
  }

  async *allFeatures(): AsyncIterable<[ArticleId, string]> {
    const page = this.db.prepare(
      "SELECT article_id, json FROM article_features WHERE article_id > ? ORDER BY article_id LIMIT ?",
    );
    let after = "";
    for (;;) {
      const rows = page.all(after, FEATURE_PAGE) as { article_id: string; json: string }[];
      for (const row of rows) yield [ArticleIdSchema.parse(row.article_id), row.json];
      if (rows.length < FEATURE_PAGE) return;
      after = rows[rows.length - 1]!.article_id;
    }
  }

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // Callers in this process queue here; other processes are kept out by the lock row.
    const previous = this.locks.get(name) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        const release = await acquireSqliteLock(this.db, name);
        try {
          return await fn();
        } finally {
          release();
        }
      });
    this.locks.set(name, run);
    try {
      return await run;
    } finally {
      if (this.locks.get(name) === run) this.locks.delete(name);
    }
  }

  async putFeed(feed: StoredFeed): Promise<{ feed: StoredFeed; created: boolean }> {
    return putSqliteFeed(this.db, feed);
  }

  async listFeeds(): Promise<StoredFeed[]> {
    return listSqliteFeeds(this.db);
  }

  async updateFeedState(feed: StoredFeed): Promise<void> {
    updateSqliteFeedState(this.db, feed);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
