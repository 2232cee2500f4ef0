import type { PostgresMigration } from "./postgres-migration.js";

/** Feed subscriptions and their polling state, so that they survive a server restart. */
export const feeds: PostgresMigration = {
  version: 2,
  name: "feeds",
  sql: `
    CREATE TABLE feeds (
      url TEXT COLLATE "C" PRIMARY KEY,
      seq BIGSERIAL NOT NULL UNIQUE,
      added_at TEXT NOT NULL,
      last_fetched_at TEXT,
      last_success_at TEXT,
      last_error TEXT,
      failures INTEGER NOT NULL DEFAULT 0,
      next_fetch_at TEXT NOT NULL,
      articles_added INTEGER NOT NULL DEFAULT 0,
      etag TEXT,
      last_modified TEXT
    );
  `,
};
