import { PARALLEL_MIN_ARTICLES } from "../pipeline/index.js";

/** Parses a command-line count; a clear error names the flag and the value. */
export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} takes a positive whole number, not "${value}"`);
  return n;
}

export const WORKERS_HELP = `threads that prepare articles and build dossiers (default: one per core; batches under ${PARALLEL_MIN_ARTICLES} articles use one)`;
