import { initial } from "./001-initial.js";
import { feeds } from "./002-feeds.js";
import { storiesVersion } from "./003-stories-version.js";
import type { SqliteMigration } from "./sqlite-migration.js";

/** Every SQLite migration, in version order. Add new ones at the end. */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [initial, feeds, storiesVersion];
