import { initial } from "./001-initial.js";
import { feeds } from "./002-feeds.js";
import { storiesVersion } from "./003-stories-version.js";
import type { PostgresMigration } from "./postgres-migration.js";

/** Every PostgreSQL migration, in version order. Add new ones at the end. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [initial, feeds, storiesVersion];
