import type { PostgresMigration } from "./postgres-migration.js";

/**
 * A counter that every `saveStories` raises, so that a process holding the stories in memory (a
 * server's story engine) sees that another process (`recoupe recluster`, another worker) rewrote them.
 */
export const storiesVersion: PostgresMigration = {
  version: 3,
  name: "stories-version",
  sql: `
    CREATE TABLE store_state (key TEXT COLLATE "C" PRIMARY KEY, value BIGINT NOT NULL);
    INSERT INTO store_state (key, value) VALUES ('stories_version', 0);
  `,
};
