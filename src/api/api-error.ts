import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** One reason a request was refused, pointing at the part of the body or query at fault. */
export interface ErrorDetail {
  /** 1-based line of a JSON Lines body. */
  line?: number;
  /** 0-based index in a JSON array body. */
  index?: number;
  /** The field at fault ("text", "query.limit"). */
  field?: string;
  message: string;
}

/**
 * A refused request: status, a message saying how to fix it, the details and extra headers
 * (Retry-After, WWW-Authenticate). `handleError` turns it into a JSON body or an HTML page.
 */
export class ApiError extends HTTPException {
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    message: string,
    options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(status, { message });
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }
}
