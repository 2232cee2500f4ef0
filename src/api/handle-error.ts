import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { renderErrorPage } from "../web/render-error-page.js";
import { ApiError, type ErrorDetail } from "./api-error.js";
import type { Logger } from "./logger.js";

/** The body of every API error: `{ error: { status, message, details } }`. */
export function errorBody(status: number, message: string, details: ErrorDetail[] = []) {
  return { error: { status, message, details } };
}

function respond(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  details: ErrorDetail[],
  headers: Record<string, string>,
): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (c.req.path.startsWith("/api/") || c.req.path === "/api")
    return c.json(errorBody(status, message, details), status);
  return c.html(renderErrorPage(status, message), status);
}

/**
 * The one place where errors become responses: an ApiError or HTTPException keeps its status and
 * message; anything else is a 500 whose cause is logged, not shown. API paths get JSON, pages HTML.
 */
export function handleError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError)
      return respond(c, error.status as ContentfulStatusCode, error.message, error.details, error.headers);
    if (error instanceof HTTPException)
      return respond(c, error.status as ContentfulStatusCode, error.message || "request refused", [], {});
    logger.error("request failed", { method: c.req.method, path: c.req.path, error: error.stack ?? String(error) });
    return respond(c, 500, "internal error: the server could not complete the request (see its log)", [], {});
  };
}

/** The answer for a path nothing serves. */
export function handleNotFound(c: Context): Response {
  return respond(c, 404, `nothing at ${c.req.method} ${c.req.path}`, [], {});
}
