import type { SqliteMigration } from "./sqlite-migration.js";

/** Articles with their search index, stories with their members, diagnostics, features, locks. */
export const initial: SqliteMigration = {
  version: 1,
  name: "initial",
  sql: `
    CREATE TABLE articles (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      source TEXT NOT NULL,
      language TEXT NOT NULL,
      published_at TEXT,
      json TEXT NOT NULL
    );
    CREATE INDEX articles_language ON articles (language);

    -- rowid = articles.seq. Contentless: the text is in articles.json; stems holds each word's
    -- stem in the article's language, accent-folded, so "négociations" finds "negociation".
    CREATE VIRTUAL TABLE article_search USING fts5 (
      title, text, stems,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TABLE stories (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      article_count INTEGER NOT NULL,
      independent_sources INTEGER NOT NULL,
      languages TEXT NOT NULL,
      sources TEXT NOT NULL,
      period_from TEXT,
      period_to TEXT,
      json TEXT NOT NULL
    );
    CREATE INDEX stories_recent ON stories (period_to DESC, id);
    CREATE INDEX stories_sources ON stories (independent_sources DESC, period_to DESC, id);

    CREATE TABLE story_articles (
      story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      article_id TEXT NOT NULL,
      PRIMARY KEY (story_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_articles_article ON story_articles (article_id);

    CREATE TABLE diagnostics (
      seq INTEGER PRIMARY KEY,
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
      article_id TEXT PRIMARY KEY,
      json TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE locks (
      name TEXT PRIMARY KEY,
      owner TEXT NOT NULL,
      host TEXT NOT NULL,
      pid INTEGER NOT NULL,
      acquired_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
