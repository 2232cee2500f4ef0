import type pg from "pg";
import type { Article } from "../../domain/article.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import { type ArticleId, ArticleIdSchema, type StoryId, StoryIdSchema } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";
import { ArticleSchema } from "../article-schema.js";
import { diagnosticFromRow, diagnosticKey } from "../diagnostic-schema.js";
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
import { INTERNAL_LOCK } from "./internal-lock.js";
import { listPostgresStories } from "./list-postgres-stories.js";
import { listPostgresFeeds, putPostgresFeed, updatePostgresFeedState } from "./postgres-feeds.js";
import { searchPostgres } from "./search-postgres.js";
import { writePostgresArticles } from "./write-postgres-articles.js";

const BATCH = 500;
const FEATURE_PAGE = 500;

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += BATCH) result.push(items.slice(index, index + BATCH));
  return result;
}

/**
 * The `Store` on a PostgreSQL schema (see `openPostgresStore`). Full-text search uses a tsvector
 * built with each article's language configuration; accents are removed by `unaccent` when the
 * server has it (`unaccent` is its qualified name, or null to fold accents in JavaScript).
 */
export class PostgresStore implements Store {
  constructor(
    private readonly pool: pg.Pool,
    private readonly unaccent: string | null,
  ) {}

  /** Runs `fn` in one transaction after taking the given internal lock. */
  private async transaction<T>(lock: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(lock);
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async putArticles(articles: readonly Article[]): Promise<{ inserted: ArticleId[]; existing: ArticleId[] }> {
    const insertedIds = await this.transaction(INTERNAL_LOCK.articles, async (client) => {
      const all = new Set<string>();
      for (const batch of batches(articles))
        for (const id of await writePostgresArticles(client, this.unaccent, batch, false)) all.add(id);
      return all;
    });
    const inserted: ArticleId[] = [];
    const existing: ArticleId[] = [];
    for (const article of articles) {
      // The first occurrence of an id in the call is the inserted one; a repeat is existing.
      if (insertedIds.delete(article.id)) inserted.push(article.id);
      else existing.push(article.id);
    }
    return { inserted, existing };
  }

  async replaceArticles(articles: readonly Article[]): Promise<void> {
    const latest = new Map(articles.map((article) => [article.id, article]));
    await this.transaction(INTERNAL_LOCK.articles, async (client) => {
      for (const batch of batches([...latest.values()]))
        await writePostgresArticles(client, this.unaccent, batch, true);
    });
  }

  async getArticle(id: ArticleId): Promise<Article | null> {
    const result = await this.pool.query<{ json: unknown }>("SELECT json FROM articles WHERE id = $1", [id]);
    const row = result.rows[0];
    return row === undefined ? null : ArticleSchema.parse(row.json);
  }

  async listArticles(
    options: { ids?: readonly ArticleId[]; limit?: number; offset?: number } = {},
  ): Promise<Article[]> {
    const result = await this.pool.query<{ json: unknown }>(
      `SELECT json FROM articles WHERE ($1::text[] IS NULL OR id = ANY($1::text[]))
       ORDER BY seq LIMIT $2 OFFSET $3`,
      [options.ids ?? null, options.limit ?? null, options.offset ?? 0],
    );
    return result.rows.map((row) => ArticleSchema.parse(row.json));
  }

  async countArticles(): Promise<number> {
    const result = await this.pool.query<{ count: number }>("SELECT count(*)::int AS count FROM articles");
    return result.rows[0]!.count;
  }

  async storiesVersion(): Promise<number> {
    const result = await this.pool.query<{ value: string }>(
      "SELECT value FROM store_state WHERE key = 'stories_version'",
    );
    return Number(result.rows[0]?.value ?? 0);
  }

  async saveStories(stories: readonly Story[], removedIds: readonly StoryId[]): Promise<void> {
    await this.transaction(INTERNAL_LOCK.stories, async (client) => {
      await client.query("UPDATE store_state SET value = value + 1 WHERE key = 'stories_version'");
      if (removedIds.length > 0) await client.query("DELETE FROM stories WHERE id = ANY($1::text[])", [removedIds]);
      for (const story of stories) {
        await client.query(
          `INSERT INTO stories (id, title, article_count, independent_sources, languages, sources, period_from, period_to, json)
           VALUES ($1, $2, $3, $4, $5, '{}', $6, $7, $8::jsonb)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
             independent_sources = excluded.independent_sources, languages = excluded.languages,
             period_from = excluded.period_from, period_to = excluded.period_to, json = excluded.json`,
          [
            story.id,
            story.title,
            story.articleIds.length,
            story.independentSources,
            story.languages,
            story.period.from,
            story.period.to,
            JSON.stringify(story),
          ],
        );
        await client.query("DELETE FROM story_articles WHERE story_id = $1", [story.id]);
        await client.query(
          `INSERT INTO story_articles (story_id, article_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
          [story.id, story.articleIds],
        );
        await client.query(
          `UPDATE stories SET sources = ARRAY(
             SELECT DISTINCT a.source COLLATE "C" FROM story_articles m JOIN articles a ON a.id = m.article_id
             WHERE m.story_id = $1 ORDER BY 1)
           WHERE id = $1`,
          [story.id],
        );
      }
    });
  }

  async getStory(id: StoryId): Promise<Story | null> {
    const result = await this.pool.query<{ json: unknown }>("SELECT json FROM stories WHERE id = $1", [id]);
    const row = result.rows[0];
    return row === undefined ? null : StorySchema.parse(row.json);
  }

  listStories(options: ListStoriesOptions): Promise<{ total: number; items: StorySummary[] }> {
    return listPostgresStories(this.pool, options);
  }

  async storyIdsOfArticles(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoryId>> {
    const result = await this.pool.query<{ article_id: string; story_id: string }>(
      `SELECT DISTINCT ON (article_id) article_id, story_id FROM story_articles
       WHERE article_id = ANY($1::text[]) ORDER BY article_id, story_id`,
      [ids],
    );
    return new Map(
      result.rows.map((row) => [ArticleIdSchema.parse(row.article_id), StoryIdSchema.parse(row.story_id)]),
    );
  }

  async putDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void> {
    await this.transaction(INTERNAL_LOCK.diagnostics, async (client) => {
      for (const batch of batches(diagnostics)) {
        await client.query(
          `INSERT INTO diagnostics (key, path, line, item, code, severity, stage, message)
           SELECT key, path, line, item, code, severity, stage, message FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
             WITH ORDINALITY AS t(key, path, line, item, code, severity, stage, message, position)
           ORDER BY position
           ON CONFLICT (key) DO NOTHING`,
          [
            batch.map(diagnosticKey),
            batch.map((d) => d.path),
            batch.map((d) => d.line ?? null),
            batch.map((d) => d.item ?? null),
            batch.map((d) => d.code),
            batch.map((d) => d.severity),
            batch.map((d) => d.stage),
            batch.map((d) => d.message),
          ],
        );
      }
    });
  }

  async listDiagnostics(options: ListDiagnosticsOptions): Promise<Diagnostic[]> {
    const result = await this.pool.query<Parameters<typeof diagnosticFromRow>[0]>(
      `SELECT path, line, item, code, severity, stage, message FROM diagnostics
       WHERE ($1::text IS NULL OR path = $1) AND ($2::text IS NULL OR severity = $2)
       ORDER BY seq LIMIT $3 OFFSET $4`,
      [options.path ?? null, options.severity ?? null, options.limit, options.offset ?? 0],
    );
    return result.rows.map(diagnosticFromRow);
  }

  search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    return searchPostgres(this.pool, this.unaccent, query, options);
  }

  async putFeatures(entries: ReadonlyArray<readonly [ArticleId, string]>): Promise<void> {
    const latest = new Map(entries);
    await this.transaction(INTERNAL_LOCK.features, async (client) => {
      for (const batch of batches([...latest])) {
        await client.query(
          `INSERT INTO article_features (article_id, json)
           SELECT id, json::jsonb FROM unnest($1::text[], $2::text[]) AS t(id, json)
           ON CONFLICT (article_id) DO UPDATE SET json = excluded.json`,
          [batch.map(([id]) => id), batch.map(([, json]) => json)],
        );
      }
    });
  }

  async *allFeatures(): AsyncIterable<[ArticleId, string]> {
    let after = "";
    for (;;) {
      const result = await this.pool.query<{ article_id: string; json: string }>(
        "SELECT article_id, json::text AS json FROM article_features WHERE article_id > $1 ORDER BY article_id LIMIT $2",
        [after, FEATURE_PAGE],
      );
      for (const row of result.rows) yield [ArticleIdSchema.parse(row.article_id), row.json];
      if (result.rows.length < FEATURE_PAGE) return;
      after = result.rows[result.rows.length - 1]!.article_id;
    }
  }

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // A session-level advisory lock on a connection of its own: released by the server if the process dies.
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [name]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      return await fn();
    } finally {
      try {
        await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [name]);
        client.release();
      } catch (error) {
        client.release(error as Error);
      }
    }
  }

  putFeed(feed: StoredFeed): Promise<{ feed: StoredFeed; created: boolean }> {
    return putPostgresFeed(this.pool, feed);
  }

  listFeeds(): Promise<StoredFeed[]> {
    return listPostgresFeeds(this.pool);
  }

  updateFeedState(feed: StoredFeed): Promise<void> {
    return updatePostgresFeedState(this.pool, feed);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
