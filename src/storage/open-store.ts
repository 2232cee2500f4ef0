import { openPostgresStore } from "./postgres/open-postgres-store.js";
import { openSqliteStore } from "./sqlite/open-sqlite-store.js";
import type { Store } from "./store.js";

/** Where the store is when none is given: a throw-away in-memory SQLite database. */
export const DEFAULT_STORE_LOCATION = ":memory:";

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL → PostgreSQL (add
 * `?schema=name` to keep recoupe's tables in a schema of their own); anything else is a SQLite
 * file path (created with its folder if missing), or `:memory:` for a throw-away store.
 */
export async function openStore(location: string | undefined): Promise<Store> {
  const target = location ?? DEFAULT_STORE_LOCATION;
  if (/^postgres(ql)?:\/\//i.test(target)) return openPostgresStore(target);
  return openSqliteStore(target);
}
