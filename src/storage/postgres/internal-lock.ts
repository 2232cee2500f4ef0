/**
 * Transaction-level advisory locks recoupe takes on itself, in the two-int key space (class
 * 0x7265 "re") so they never collide with `withLock`'s names, which use the one-bigint key space.
 */
export const INTERNAL_LOCK = {
  migrations: "SELECT pg_advisory_xact_lock(29285, 1)",
  /** Serialises writers of one table group: rows are then never locked in opposite orders (no deadlock). */
  articles: "SELECT pg_advisory_xact_lock(29285, 2)",
  stories: "SELECT pg_advisory_xact_lock(29285, 3)",
  diagnostics: "SELECT pg_advisory_xact_lock(29285, 4)",
  features: "SELECT pg_advisory_xact_lock(29285, 5)",
} as const;
