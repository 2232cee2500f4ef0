import type { SqliteMigration } from "./sqlite-migration.js";

/**
 * A counter that every `saveStories` raises, so that a process holding the stories in memory (a
 * server's story engine) sees that another process (`recoupe recluster`, another worker) rewrote them.
 */
export const storiesVersion: SqliteMigration = {
  version: 3,
  name: "stories-version",
  sql: `
    CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO store_state (key, value) VALUES ('stories_version', 0);
  `,
};
