import { initial } from "./001-initial.js";
import type { PostgresMigration } from "./postgres-migration.js";

/** Every PostgreSQL migration, in version order. Add new ones at the end. */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [initial];
