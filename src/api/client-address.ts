import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address of the peer that sent the request (the socket's, not a forwarded header, which any
 * client can forge). Requests made without a socket (`app.request()` in tests) are "local".
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}
