import type { PoolClient } from "pg";
import { INTERNAL_LOCK } from "./internal-lock.js";
import type { PostgresMigration } from "./migrations/postgres-migration.js";
import { POSTGRES_MIGRATIONS } from "./migrations/postgres-migrations.js";

/**
 * Creates `schema` if needed and brings it to the latest migration, in one transaction under an
 * advisory lock, so processes starting at once apply each step exactly once. Refuses a schema
 * written by a newer recoupe. `client` must have `schema` first on its search_path.
 */
export async function migratePostgres(
  client: PoolClient,
  schema: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(INTERNAL_LOCK.migrations);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".schema_migrations (
         version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const result = await client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations`);
    const applied = new Set(result.rows.map((row) => row.version));
    const known = migrations.at(-1)?.version ?? 0;
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new Error(
        `This store has schema version ${newest} but this recoupe knows versions up to ${known}: upgrade recoupe to open it.`,
      );
    }
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
