import { z } from "zod";

/**
 * A zod enum of a domain union's values, given as `{ value: true }` so that the compiler checks
 * the list against the union both ways: a value added to (or removed from) the domain type
 * breaks the build here instead of making stored rows fail to parse.
 */
export function enumOf<T extends string>(values: Record<T, true>): z.ZodType<T> {
  return z.enum(Object.keys(values) as [T, ...T[]]) as unknown as z.ZodType<T>;
}
