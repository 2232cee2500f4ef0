import type Database from "better-sqlite3";
import { FEED_COLUMNS, feedFromRow, feedValues } from "../feed-schema.js";
import type { StoredFeed } from "../store.js";

const COLUMNS = FEED_COLUMNS.join(", ");

/** `Store.putFeed` on SQLite: insert unless the url is there, then read back what is stored. */
export function putSqliteFeed(db: Database.Database, feed: StoredFeed): { feed: StoredFeed; created: boolean } {
  const insert = db.prepare(
    `INSERT INTO feeds (${COLUMNS}) VALUES (${FEED_COLUMNS.map(() => "?").join(", ")}) ON CONFLICT (url) DO NOTHING`,
  );
  const read = db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE url = ?`);
  return db
    .transaction(() => {
      const created = insert.run(...feedValues(feed)).changes > 0;
      return { feed: feedFromRow(read.get(feed.url)), created };
    })
    .immediate();
}

/** `Store.listFeeds` on SQLite. */
export function listSqliteFeeds(db: Database.Database): StoredFeed[] {
  return db.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY seq`).all().map(feedFromRow);
}

/** `Store.updateFeedState` on SQLite. */
export function updateSqliteFeedState(db: Database.Database, feed: StoredFeed): void {
  db.prepare(
    `UPDATE feeds SET last_fetched_at = @lastFetchedAt, last_success_at = @lastSuccessAt, last_error = @lastError,
       failures = @failures, next_fetch_at = @nextFetchAt, articles_added = @articlesAdded, etag = @etag,
       last_modified = @lastModified
     WHERE url = @url`,
  ).run({
    url: feed.url,
    lastFetchedAt: feed.lastFetchedAt,
    lastSuccessAt: feed.lastSuccessAt,
    lastError: feed.lastError,
    failures: feed.failures,
    nextFetchAt: feed.nextFetchAt,
    articlesAdded: feed.articlesAdded,
    etag: feed.etag,
    lastModified: feed.lastModified,
  });
}
