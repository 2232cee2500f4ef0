import type pg from "pg";
import { FEED_COLUMNS, feedFromRow, feedValues } from "../feed-schema.js";
import type { StoredFeed } from "../store.js";

const COLUMNS = FEED_COLUMNS.join(", ");

/** `Store.putFeed` on PostgreSQL: insert unless the url is there, then read back what is stored. */
export async function putPostgresFeed(
  pool: pg.Pool,
  feed: StoredFeed,
): Promise<{ feed: StoredFeed; created: boolean }> {
  const inserted = await pool.query(
    `INSERT INTO feeds (${COLUMNS}) VALUES (${FEED_COLUMNS.map((_, index) => `$${index + 1}`).join(", ")})
     ON CONFLICT (url) DO NOTHING RETURNING ${COLUMNS}`,
    feedValues(feed),
  );
  if (inserted.rows[0] !== undefined) return { feed: feedFromRow(inserted.rows[0]), created: true };
  const stored = await pool.query(`SELECT ${COLUMNS} FROM feeds WHERE url = $1`, [feed.url]);
  return { feed: feedFromRow(stored.rows[0]), created: false };
}

/** `Store.listFeeds` on PostgreSQL. */
export async function listPostgresFeeds(pool: pg.Pool): Promise<StoredFeed[]> {
  const result = await pool.query(`SELECT ${COLUMNS} FROM feeds ORDER BY seq`);
  return result.rows.map(feedFromRow);
}

/** `Store.updateFeedState` on PostgreSQL. */
export async function updatePostgresFeedState(pool: pg.Pool, feed: StoredFeed): Promise<void> {
  await pool.query(
    `UPDATE feeds SET last_fetched_at = $2, last_success_at = $3, last_error = $4, failures = $5,
       next_fetch_at = $6, articles_added = $7, etag = $8, last_modified = $9
     WHERE url = $1`,
    [
      feed.url,
      feed.lastFetchedAt,
      feed.lastSuccessAt,
      feed.lastError,
      feed.failures,
      feed.nextFetchAt,
      feed.articlesAdded,
      feed.etag,
      feed.lastModified,
    ],
  );
}
