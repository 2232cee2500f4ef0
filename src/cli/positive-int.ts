import { PARALLEL_MIN_ARTICLES } from "../pipeline/index.js";

/** Parses a command-line count (0 too when `zero` says it means something); a clear error names the flag and the value. */
export function positiveInt(value: string, flag: string, zero = false): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < (zero ? 0 : 1))
    throw new Error(`${flag} takes a ${zero ? "" : "positive "}whole number, not "${value}"`);
  return n;
}

export const WORKERS_HELP = `threads that prepare articles and build dossiers (default: one per core; batches under ${PARALLEL_MIN_ARTICLES} articles use one)`;
