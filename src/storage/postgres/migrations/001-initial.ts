import type { PostgresMigration } from "./postgres-migration.js";

/**
 * Articles with a weighted tsvector (title A, text B) built with the article language's own
 * configuration, stories with their members, diagnostics, features. Text compared or sorted
 * on is COLLATE "C", so orders match SQLite's whatever the server locale.
 */
export const initial: PostgresMigration = {
  version: 1,
  name: "initial",
  sql: `
    CREATE TABLE articles (
      id TEXT COLLATE "C" PRIMARY KEY,
      seq BIGSERIAL NOT NULL UNIQUE,
      source TEXT NOT NULL,
      language TEXT NOT NULL,
      published_at TEXT COLLATE "C",
      ts_config TEXT NOT NULL,
      search TSVECTOR NOT NULL,
      json JSONB NOT NULL
    );
    CREATE INDEX articles_search ON articles USING GIN (search);
    CREATE INDEX articles_language ON articles (language);

    CREATE TABLE stories (
      id TEXT COLLATE "C" PRIMARY KEY,
      title TEXT NOT NULL,
      article_count INTEGER NOT NULL,
      independent_sources INTEGER NOT NULL,
      languages TEXT[] NOT NULL,
      sources TEXT[] NOT NULL,
      period_from TEXT COLLATE "C",
      period_to TEXT COLLATE "C",
      json JSONB NOT NULL
    );
    CREATE INDEX stories_recent ON stories (period_to DESC NULLS LAST, id);
    CREATE INDEX stories_sources ON stories (independent_sources DESC, period_to DESC NULLS LAST, id);

    CREATE TABLE story_articles (
      story_id TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      article_id TEXT COLLATE "C" NOT NULL,
      PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles (article_id);

    CREATE TABLE diagnostics (
      seq BIGSERIAL PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      path TEXT NOT NULL,
      line INTEGER,
      item INTEGER,
      code TEXT NOT NULL,
      severity TEXT NOT NULL,
      stage TEXT NOT NULL,
      message TEXT NOT NULL
    );
    CREATE INDEX diagnostics_path ON diagnostics (path);

    CREATE TABLE article_features (
      article_id TEXT COLLATE "C" PRIMARY KEY,
      json JSONB NOT NULL
    );
  `,
};
