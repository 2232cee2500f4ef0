import { z } from "zod";
import type { StoredFeed } from "./store.js";

const nullableText = z.string().nullable();

/** A `StoredFeed` as read back from a `feeds` row (snake_case columns), checked. */
const FeedRowSchema = z
  .object({
    url: z.string(),
    added_at: z.string(),
    last_fetched_at: nullableText,
    last_success_at: nullableText,
    last_error: nullableText,
    failures: z.coerce.number().int().min(0),
    next_fetch_at: z.string(),
    articles_added: z.coerce.number().int().min(0),
    etag: nullableText,
    last_modified: nullableText,
  })
  .transform(
    (row): StoredFeed => ({
      url: row.url,
      addedAt: row.added_at,
      lastFetchedAt: row.last_fetched_at,
      lastSuccessAt: row.last_success_at,
      lastError: row.last_error,
      failures: row.failures,
      nextFetchAt: row.next_fetch_at,
      articlesAdded: row.articles_added,
      etag: row.etag,
      lastModified: row.last_modified,
    }),
  );

/** The columns of the `feeds` table, in the order the engines insert them. */
export const FEED_COLUMNS = [
  "url",
  "added_at",
  "last_fetched_at",
  "last_success_at",
  "last_error",
  "failures",
  "next_fetch_at",
  "articles_added",
  "etag",
  "last_modified",
] as const;

/** A feed's values in `FEED_COLUMNS` order. */
export function feedValues(feed: StoredFeed): (string | number | null)[] {
  return [
    feed.url,
    feed.addedAt,
    feed.lastFetchedAt,
    feed.lastSuccessAt,
    feed.lastError,
    feed.failures,
    feed.nextFetchAt,
    feed.articlesAdded,
    feed.etag,
    feed.lastModified,
  ];
}

/** Reads one `feeds` row back into a `StoredFeed`. */
export function feedFromRow(row: unknown): StoredFeed {
  return FeedRowSchema.parse(row);
}
