import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.js";

export interface RateLimitOptions {
  /** Requests allowed per client in one window. */
  limit: number;
  windowMs: number;
  /** Who a request counts for (the client's address by default). */
  keyOf: (c: Context) => string;
  now?: () => number;
}

/**
 * A fixed-window limit per client: the `limit`+1-th request of a window is refused with 429 and a
 * Retry-After header giving the seconds until the window ends. Kept in memory, per process.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const time = now();
    if (windows.size > 10_000) {
      for (const [key, window] of windows) if (time - window.start >= options.windowMs) windows.delete(key);
    }
    const key = options.keyOf(c);
    let window = windows.get(key);
    if (window === undefined || time - window.start >= options.windowMs) {
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + options.windowMs - time) / 1000));
      throw new ApiError(
        429,
        `too many write requests: at most ${options.limit} every ${Math.round(options.windowMs / 1000)} s; retry in ${retryAfter} s`,
        {
          headers: { "Retry-After": String(retryAfter) },
        },
      );
    }
    await next();
  };
}
