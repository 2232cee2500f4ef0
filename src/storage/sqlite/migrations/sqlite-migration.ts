/** One step of the SQLite schema. Applied once, in version order, each in its own transaction. */
export interface SqliteMigration {
  /** 1, 2, 3…: never reused, never edited once released; a change is a new migration. */
  version: number;
  name: string;
  sql: string;
}
