import { readLimitedBody } from "./read-limited-body.js";

/**
 * Fetches a URL's body within `timeoutMs` (request and body together) and at most `maxBytes`.
 * A 304 gives `bytes: null`; other non-2xx statuses, timeouts and oversized bodies throw an Error
 * whose message says which. The timer is our own, so a pending fetch keeps the process alive.
 */
export async function fetchBytes(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  limits: { timeoutMs: number; maxBytes: number },
): Promise<{ response: Response; bytes: Uint8Array | null }> {
  const controller = new AbortController();
  const timeout = new Error(`no answer within ${limits.timeoutMs} ms`);
  const timer = setTimeout(() => controller.abort(timeout), limits.timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    if (response.status === 304) return { response, bytes: null };
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return { response, bytes: await readLimitedBody(response, limits.maxBytes) };
  } catch (error) {
    throw controller.signal.aborted ? timeout : error;
  } finally {
    clearTimeout(timer);
  }
}
