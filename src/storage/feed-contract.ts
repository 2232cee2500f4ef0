import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore } from "./open-store.js";
import type { StoredFeed } from "./store.js";
import type { WithStore } from "./store-fixtures.js";

function makeFeed(n: number, overrides: Partial<StoredFeed> = {}): StoredFeed {
  return {
    url: `https://news${n}.example/feed.xml`,
    addedAt: `2024-01-0${n}T10:00:00.000Z`,
    lastFetchedAt: null,
    lastSuccessAt: null,
    lastError: null,
    failures: 0,
    nextFetchAt: `2024-01-0${n}T10:00:00.000Z`,
    articlesAdded: 0,
    etag: null,
    lastModified: null,
    ...overrides,
  };
}

/** The feed subscriptions part of the store contract (called by `runStoreContract`). */
export function runFeedContract(withStore: WithStore): void {
  test("feeds are subscribed once each, kept in order and survive reopening", () =>
    withStore(async (store, location) => {
      assert.deepEqual(await store.listFeeds(), []);
      assert.deepEqual(await store.putFeed(makeFeed(2)), { feed: makeFeed(2), created: true });
      assert.deepEqual(await store.putFeed(makeFeed(1)), { feed: makeFeed(1), created: true });
      const again = await store.putFeed(makeFeed(2, { addedAt: "2024-02-01T00:00:00.000Z", failures: 3 }));
      assert.deepEqual(again, { feed: makeFeed(2), created: false });
      const reopened = await openStore(location);
      try {
        assert.deepEqual(await reopened.listFeeds(), [makeFeed(2), makeFeed(1)]);
      } finally {
        await reopened.close();
      }
    }));

  test("updateFeedState saves the polling state, not the identity, and ignores unknown feeds", () =>
    withStore(async (store) => {
      await store.putFeed(makeFeed(1));
      const polled = makeFeed(1, {
        addedAt: "2030-01-01T00:00:00.000Z",
        lastFetchedAt: "2024-01-01T10:05:00.000Z",
        lastSuccessAt: null,
        lastError: "HTTP 503 Service Unavailable — « retry »",
        failures: 2,
        nextFetchAt: "2024-01-01T10:09:00.000Z",
        articlesAdded: 7,
        etag: '"v1"',
        lastModified: "Mon, 01 Jan 2024 10:00:00 GMT",
      });
      await store.updateFeedState(polled);
      await store.updateFeedState(makeFeed(9, { failures: 1 }));
      assert.deepEqual(await store.listFeeds(), [{ ...polled, addedAt: makeFeed(1).addedAt }]);
    }));
}
