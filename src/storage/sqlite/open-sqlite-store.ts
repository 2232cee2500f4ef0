import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { migrateSqlite } from "./migrate-sqlite.js";
import { SqliteStore } from "./sqlite-store.js";

/** How long a write waits for another process's write to finish before failing. */
const BUSY_TIMEOUT_MS = 15_000;

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `permission denied (${message})`;
    case "EROFS":
    case "SQLITE_READONLY":
      return `it is read-only (${message})`;
    case "ENOTDIR":
    case "EEXIST":
      return `a part of the path is a file, not a folder (${message})`;
    case "SQLITE_CANTOPEN":
      return `SQLite cannot open or create the file (${message})`;
    case "SQLITE_NOTADB":
      return `the file is not a SQLite database (${message})`;
    default:
      return message;
  }
}

/** Fails with a precise message when the store file or its folder cannot be written. */
function checkWritable(file: string): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot create the folder ${folder} for the store ${file}: ${reason(error)}`);
  }
  if (!statSync(folder).isDirectory()) {
    throw new Error(`Cannot create the store ${file}: ${folder} is not a folder`);
  }
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new Error(`Cannot open the store ${file}: it is a folder, not a file`);
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new Error(`Cannot open the store ${file} for writing: ${reason(error)}`);
    }
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new Error(
      `Cannot use the store ${file}: its folder ${folder} is not writable (SQLite keeps -wal and -shm files beside the database): ${reason(error)}`,
    );
  }
}

/**
 * Opens (creating it and its folder if needed) the SQLite store at `location`, a file path or
 * `:memory:`, in WAL mode with synchronous=NORMAL (a killed process loses at most the last
 * transactions, never consistency), a busy timeout for concurrent writers, foreign keys on, and
 * the schema migrated to the latest version.
 */
export function openSqliteStore(location: string): SqliteStore {
  const memory = location === ":memory:";
  const file = memory ? location : resolve(location);
  if (!memory) checkWritable(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!memory) db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrateSqlite(db);
    return new SqliteStore(db);
  } catch (error) {
    db?.close();
    if (error instanceof Error && error.message.startsWith("This store has schema version")) throw error;
    throw new Error(`Cannot open the SQLite store ${file}: ${reason(error)}`);
  }
}
