import { memoizeWord } from "../../segment/index.js";

/** Names remembered before starting afresh (memory stays bounded on endless streams). */
const CAPACITY = 100_000;

/**
 * A bounded memo of a function of a name: a story names the same people and places again and again, and
 * stories share many, so each distinct name is worked out once.
 */
export function memoizeName<T>(compute: (name: string) => T): (name: string) => T {
  return memoizeWord(compute, CAPACITY);
}
