/** One step of the PostgreSQL schema. Applied once, in version order, in one transaction. */
export interface PostgresMigration {
  /** 1, 2, 3…: never reused, never edited once released; a change is a new migration. */
  version: number;
  name: string;
  sql: string;
}
