import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.js";

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * Refuses requests without `Authorization: Bearer <token>` (401) when a token is set; lets
 * everything through when none is. Compared in constant time.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token !== undefined && token !== "" ? digest(token) : null;
  return async (c, next) => {
    if (expected !== null) {
      const header = c.req.header("authorization") ?? "";
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const challenge = { "WWW-Authenticate": 'Bearer realm="recoupe"' };
      if (match === null)
        throw new ApiError(401, "this server requires a token for writes: send Authorization: Bearer <token>", {
          headers: challenge,
        });
      if (!timingSafeEqual(digest(match[1] ?? ""), expected))
        throw new ApiError(401, "the bearer token is wrong", { headers: challenge });
    }
    await next();
  };
}
