import type Database from "better-sqlite3";
import type { SqliteMigration } from "./migrations/sqlite-migration.js";
import { SQLITE_MIGRATIONS } from "./migrations/sqlite-migrations.js";

/**
 * Brings the database's schema up to the latest migration. Each migration runs in its own
 * IMMEDIATE transaction that first checks it was not applied meanwhile, so processes opening
 * the same file at once apply each step exactly once. Refuses a database written by a newer
 * recoupe (a schema version it does not know).
 */
export function migrateSqlite(db: Database.Database, migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS): void {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const known = migrations.at(-1)?.version ?? 0;
  const applied = (
    db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as { version: number | null }
  ).version;
  if (applied !== null && applied > known) {
    throw new Error(
      `This store has schema version ${applied} but this recoupe knows versions up to ${known}: upgrade recoupe to open it.`,
    );
  }
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of migrations) {
    db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
