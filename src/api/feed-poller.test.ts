import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openStore } from "../storage/open-store.js";
import type { Store } from "../storage/store.js";
import { createFeedPoller } from "./feed-poller.js";
import { silentLogger } from "./logger.js";

const FEED_URL = "https://news.example/rss.xml";
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Journal Exemple</title><link>https://news.example/</link><language>fr</language>
<item><title>Blinken et Lavrov se rencontrent à Genève</title><link>https://news.example/geneve-1</link><pubDate>Fri, 21 Jan 2022 10:00:00 GMT</pubDate>
<description>Le secrétaire d'Etat américain Antony Blinken et le ministre russe Sergueï Lavrov se sont rencontrés vendredi à Genève pour tenter d'apaiser les tensions autour de l'Ukraine. La rencontre a duré une heure et demie, selon les deux délégations.</description></item>
<item><title>Les vendanges tardives en Valais</title><link>https://news.example/valais-2</link><pubDate>Fri, 21 Jan 2022 11:00:00 GMT</pubDate>
<description>Les vignerons du Valais attendent le gel pour récolter les derniers raisins de la saison. Ces vendanges tardives donnent des vins doux très recherchés par les amateurs.</description></item>
</channel></rss>`;

describe("createFeedPoller", () => {
  let store: Store;
  before(async () => {
    store = await openStore(":memory:");
  });
  after(async () => {
    await store.close();
  });

  it("ingests a feed's new items once, then asks with the ETag and adds nothing more", async () => {
    let time = Date.parse("2022-01-21T12:00:00Z");
    const requests: Record<string, string>[] = [];
    const fetchFeed = (async (_url: string, init?: RequestInit) => {
      requests.push({ ...(init?.headers as Record<string, string>) });
      if (requests.length === 1)
        return new Response(RSS, { status: 200, headers: { "content-type": "application/rss+xml", etag: '"v1"' } });
      return new Response(RSS, { status: 200, headers: { "content-type": "application/rss+xml", etag: '"v1"' } });
    }) as typeof fetch;
    const poller = createFeedPoller({
      store,
      summaryWords: 60,
      logger: silentLogger,
      fetch: fetchFeed,
      now: () => time,
      intervalMs: 60_000,
    });
    const { feed, created } = await poller.add(FEED_URL);
    assert.equal(created, true);
    await poller.pollDue();
    assert.equal(feed.lastError, null);
    assert.equal(feed.failures, 0);
    assert.equal(feed.articlesAdded, 2);
    assert.equal(await store.countArticles(), 2);
    assert.equal((await store.listStories({ sort: "recent", limit: 10, offset: 0 })).total, 2);
    assert.equal(feed.nextFetchAt, new Date(time + 60_000).toISOString());

    await poller.pollDue();
    assert.equal(requests.length, 1, "not due yet: no second fetch");
    time += 60_000;
    await poller.pollDue();
    assert.equal(requests.length, 2);
    assert.equal(requests[1]?.["if-none-match"], '"v1"');
    assert.equal(feed.articlesAdded, 2);
    assert.equal(await store.countArticles(), 2);
  });

  it("backs off exponentially on failures, up to the maximum, and reports the error", async () => {
    let time = 0;
    const poller = createFeedPoller({
      store,
      summaryWords: 60,
      logger: silentLogger,
      now: () => time,
      retryBaseMs: 1_000,
      maxBackoffMs: 5_000,
      fetch: (async () => new Response("gone", { status: 503, statusText: "Service Unavailable" })) as typeof fetch,
    });
    const { feed } = await poller.add("https://down.example/feed");
    const delays: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await poller.pollDue();
      const next = Date.parse(feed.nextFetchAt);
      delays.push(next - time);
      time = next;
    }
    assert.deepEqual(delays, [1_000, 2_000, 4_000, 5_000]);
    assert.equal(feed.failures, 4);
    assert.equal(feed.lastError, "HTTP 503 Service Unavailable");
  });

  it("gives up on a feed that does not answer within the timeout", async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      })) as typeof fetch;
    const poller = createFeedPoller({ store, summaryWords: 60, logger: silentLogger, timeoutMs: 50, fetch: hanging });
    const { feed } = await poller.add("https://slow.example/feed");
    await poller.pollDue();
    assert.equal(feed.failures, 1);
    assert.equal(feed.lastError, "no answer within 50 ms");
  });

  it("keeps subscriptions and their polling state in the store: a new poller (a restart) goes on from them", async () => {
    const restartStore = await openStore(":memory:");
    try {
      let time = Date.parse("2024-03-01T08:00:00Z");
      const requests: Record<string, string>[] = [];
      const fetchFeed = (async (_url: string, init?: RequestInit) => {
        requests.push({ ...(init?.headers as Record<string, string>) });
        return new Response(RSS, { status: 200, headers: { etag: '"v7"', "last-modified": "Fri, 01 Mar 2024" } });
      }) as typeof fetch;
      const options = {
        store: restartStore,
        summaryWords: 60,
        logger: silentLogger,
        fetch: fetchFeed,
        now: () => time,
      };
      const first = createFeedPoller({ ...options, intervalMs: 60_000 });
      assert.equal((await first.add(FEED_URL)).created, true);
      await first.pollDue();
      await first.stop();

      const second = createFeedPoller({ ...options, intervalMs: 60_000 });
      await second.load();
      const [feed] = second.list();
      assert.equal(feed?.url, FEED_URL);
      assert.equal(feed?.articlesAdded, 2);
      assert.equal(feed?.nextFetchAt, new Date(time + 60_000).toISOString());
      assert.equal((await second.add(FEED_URL)).created, false);
      await second.pollDue();
      assert.equal(requests.length, 1, "the saved schedule is kept: not due yet");
      time += 60_000;
      await second.pollDue();
      assert.equal(requests[1]?.["if-none-match"], '"v7"');
      assert.equal(requests[1]?.["if-modified-since"], "Fri, 01 Mar 2024");
      assert.deepEqual(
        (await restartStore.listFeeds()).map((stored) => [stored.url, stored.etag, stored.lastSuccessAt]),
        [[FEED_URL, '"v7"', new Date(time).toISOString()]],
      );
    } finally {
      await restartStore.close();
    }
  });
});
