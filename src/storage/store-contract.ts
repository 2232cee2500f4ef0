import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Story } from "../domain/story.js";
import { runFeedContract } from "./feed-contract.js";
import { openStore } from "./open-store.js";
import { runSearchContract } from "./search-contract.js";
import type { Store } from "./store.js";
import { articleId, makeArticle, makeDiagnostic, makeStory, storyId, type WithStore } from "./store-fixtures.js";

export interface StoreContractOptions {
  /** The engine's name, shown in test names. */
  name: string;
  /** A location for `openStore` holding an empty store, new at each call. */
  newLocation: () => Promise<string>;
}

/** Opens a fresh store, runs `fn` on it, closes it. */

/**
 * The behaviour every `Store` implementation must have, as node:test tests. Each engine's test
 * file calls this with a way to make empty stores: `sqlite/sqlite-store.test.ts`,
 * `postgres/postgres-store.test.ts`.
 */
export function runStoreContract(options: StoreContractOptions): void {
  const withStore: WithStore = async (fn) => {
    const location = await options.newLocation();
    const store = await openStore(location);
    try {
      await fn(store, location);
    } finally {
      await store.close();
    }
  };

  describe(`Store contract: ${options.name}`, () => {
    test("putArticles inserts new articles only and is idempotent", () =>
      withStore(async (store) => {
        const first = await store.putArticles([makeArticle(1), makeArticle(2)]);
        assert.deepEqual(first, { inserted: [articleId(1), articleId(2)], existing: [] });
        const again = await store.putArticles([makeArticle(2), makeArticle(3), makeArticle(3)]);
        assert.deepEqual(again, { inserted: [articleId(3)], existing: [articleId(2), articleId(3)] });
        assert.equal(await store.countArticles(), 3);
        await store.putArticles([makeArticle(1, { title: "Changed" })]);
        assert.equal((await store.getArticle(articleId(1)))?.title, "Article 1");
        assert.deepEqual(await store.putArticles([]), { inserted: [], existing: [] });
      }));

    test("getArticle returns the article as stored, or null", () =>
      withStore(async (store) => {
        const article = makeArticle(7, {
          url: null,
          publishedAt: null,
          byline: null,
          siteName: "Site",
          duplicateOf: articleId(1),
          text: "Texte « cité » — avec des accents : éàü œ.",
          machineTranslated: { likely: true, signals: [{ kind: "calque", excerpt: "prendre place" }] },
        });
        await store.putArticles([article]);
        assert.deepEqual(await store.getArticle(article.id), article);
        assert.equal(await store.getArticle(articleId(99)), null);
      }));

    test("listArticles keeps insertion order, pages, and filters by ids", () =>
      withStore(async (store) => {
        await store.putArticles([makeArticle(5), makeArticle(3)]);
        await store.putArticles([makeArticle(4)]);
        const ids = async (list: Promise<{ id: string }[]>) => (await list).map((article) => article.id);
        assert.deepEqual(await ids(store.listArticles()), [articleId(5), articleId(3), articleId(4)]);
        assert.deepEqual(await ids(store.listArticles({ limit: 1, offset: 1 })), [articleId(3)]);
        assert.deepEqual(await ids(store.listArticles({ ids: [articleId(4), articleId(5), articleId(9)] })), [
          articleId(5),
          articleId(4),
        ]);
        assert.deepEqual(await store.listArticles({ ids: [] }), []);
      }));

    test("replaceArticles updates stored articles and their search entries", () =>
      withStore(async (store) => {
        await store.putArticles([makeArticle(1, { title: "Penguins march" })]);
        await store.replaceArticles([
          makeArticle(1, { title: "Walruses swim", duplicateOf: articleId(2) }),
          makeArticle(2),
        ]);
        assert.equal(await store.countArticles(), 2);
        assert.deepEqual((await store.getArticle(articleId(1)))?.duplicateOf, articleId(2));
        assert.deepEqual(await store.search("penguins", { limit: 5 }), []);
        assert.deepEqual(
          (await store.search("walruses", { limit: 5 })).map((hit) => hit.articleId),
          [articleId(1)],
        );
      }));

    test("saveStories stores whole stories, replaces them and removes the given ones", () =>
      withStore(async (store) => {
        await store.putArticles([1, 2, 3, 4].map((n) => makeArticle(n)));
        const one = makeStory(1, [articleId(1), articleId(2)]);
        const two = makeStory(2, [articleId(3)]);
        const versions = [await store.storiesVersion()];
        await store.saveStories([one, two], []);
        versions.push(await store.storiesVersion());
        assert.deepEqual(await store.getStory(one.id), one);
        const moved = makeStory(1, [articleId(1), articleId(2), articleId(3), articleId(4)], { title: "Merged" });
        await store.saveStories([moved], [two.id]);
        versions.push(await store.storiesVersion());
        // Every save raises the version (a process holding the stories in memory can tell they changed).
        assert.ok(versions[0]! < versions[1]! && versions[1]! < versions[2]!, `versions ${versions.join(", ")}`);
        assert.deepEqual(await store.getStory(one.id), moved);
        assert.equal(await store.getStory(two.id), null);
        const owners = await store.storyIdsOfArticles([articleId(3), articleId(4), articleId(9)]);
        assert.deepEqual(
          [...owners],
          [
            [articleId(3), storyId(1)],
            [articleId(4), storyId(1)],
          ],
        );
        const listed = await store.listStories({ sort: "recent", limit: 10, offset: 0 });
        assert.deepEqual(listed, {
          total: 1,
          items: [
            {
              id: storyId(1),
              title: "Merged",
              articleCount: 4,
              sources: ["Outlet 0", "Outlet 1", "Outlet 2"],
              independentSources: 4,
              languages: ["en"],
              period: { from: "2022-01-01", to: "2022-01-02" },
            },
          ],
        });
      }));

    test("saveStories is atomic: a failure midway changes nothing", () =>
      withStore(async (store) => {
        const one = makeStory(1, [articleId(1)]);
        const two = makeStory(2, [articleId(2)]);
        await store.saveStories([one, two], []);
        const unserialisable = { ...makeStory(3, [articleId(3)]), title: 1n } as unknown as Story;
        const version = await store.storiesVersion();
        await assert.rejects(
          store.saveStories([makeStory(1, [articleId(1)], { title: "New" }), unserialisable], [two.id]),
        );
        assert.equal(await store.storiesVersion(), version);
        assert.deepEqual(await store.getStory(one.id), one);
        assert.deepEqual(await store.getStory(two.id), two);
        assert.equal(await store.getStory(storyId(3)), null);
      }));

    test("listStories sorts, filters by language and period, and pages", () =>
      withStore(async (store) => {
        const stories = [
          makeStory(1, [articleId(1)], { independentSources: 1, period: { from: "2022-01-01", to: "2022-01-10" } }),
          makeStory(2, [articleId(2)], {
            independentSources: 5,
            languages: ["fr"],
            period: { from: "2022-02", to: "2022-02" },
          }),
          makeStory(3, [articleId(3)], {
            independentSources: 3,
            languages: ["en", "fr"],
            period: { from: "2022-03-01T08:00:00Z", to: "2022-03-02" },
          }),
          makeStory(4, [articleId(4)], { independentSources: 3, period: { from: null, to: null } }),
        ];
        await store.saveStories(stories, []);
        const ids = async (options: Parameters<Store["listStories"]>[0]) => {
          const page = await store.listStories(options);
          return { total: page.total, ids: page.items.map((item) => Number.parseInt(item.id.slice(2), 16)) };
        };
        assert.deepEqual(await ids({ sort: "recent", limit: 10, offset: 0 }), { total: 4, ids: [3, 2, 1, 4] });
        assert.deepEqual(await ids({ sort: "sources", limit: 10, offset: 0 }), { total: 4, ids: [2, 3, 4, 1] });
        assert.deepEqual(await ids({ sort: "sources", limit: 2, offset: 1 }), { total: 4, ids: [3, 4] });
        assert.deepEqual(await ids({ sort: "recent", language: "fr", limit: 10, offset: 0 }), {
          total: 2,
          ids: [3, 2],
        });
        assert.deepEqual(await ids({ sort: "recent", from: "2022-02-15", limit: 10, offset: 0 }), {
          total: 2,
          ids: [3, 2],
        });
        assert.deepEqual(await ids({ sort: "recent", to: "2022-02-15", limit: 10, offset: 0 }), {
          total: 2,
          ids: [2, 1],
        });
        assert.deepEqual(await ids({ sort: "recent", from: "2022-03-01", to: "2022-03-01", limit: 10, offset: 0 }), {
          total: 1,
          ids: [3],
        });
        assert.deepEqual(await ids({ sort: "recent", language: "de", limit: 10, offset: 0 }), { total: 0, ids: [] });
      }));

    test("diagnostics are kept once each, in order, with their optional fields", () =>
      withStore(async (store) => {
        const feed = makeDiagnostic(2, { path: "feed.xml", item: 0, code: "feed-parse-error", severity: "error" });
        delete (feed as { line?: number }).line;
        await store.putDiagnostics([makeDiagnostic(1), feed]);
        await store.putDiagnostics([makeDiagnostic(1), makeDiagnostic(3, { severity: "info" })]);
        assert.deepEqual(await store.listDiagnostics({ limit: 10 }), [
          makeDiagnostic(1),
          feed,
          makeDiagnostic(3, { severity: "info" }),
        ]);
        assert.deepEqual(await store.listDiagnostics({ severity: "error", limit: 10 }), [feed]);
        assert.deepEqual(await store.listDiagnostics({ path: "inputs/3.jsonl", limit: 10 }), [
          makeDiagnostic(3, { severity: "info" }),
        ]);
        assert.deepEqual(await store.listDiagnostics({ limit: 1, offset: 1 }), [feed]);
      }));

    test("features round-trip as JSON text, replaced by id, all read back across pages", () =>
      withStore(async (store) => {
        const entries = Array.from(
          { length: 1203 },
          (_, n) => [articleId(n), JSON.stringify({ v: 1, terms: { a: n / 3 }, n })] as const,
        );
        await store.putFeatures(entries);
        await store.putFeatures([
          [articleId(5), JSON.stringify({ v: 2 })],
          [articleId(5000), JSON.stringify(["x", null, true])],
        ]);
        const read = new Map<string, unknown>();
        for await (const [id, json] of store.allFeatures()) {
          assert.equal(read.has(id), false);
          assert.equal(typeof json, "string");
          read.set(id, JSON.parse(json));
        }
        assert.equal(read.size, 1204);
        assert.deepEqual(read.get(articleId(5)), { v: 2 });
        assert.deepEqual(read.get(articleId(1000)), { v: 1, terms: { a: 1000 / 3 }, n: 1000 });
        assert.deepEqual(read.get(articleId(5000)), ["x", null, true]);
      }));

    test("two handles putting overlapping articles at once store each exactly once", () =>
      withStore(async (first, location) => {
        const second = await openStore(location);
        try {
          const left = Array.from({ length: 300 }, (_, n) => makeArticle(n));
          const right = Array.from({ length: 300 }, (_, n) => makeArticle(n + 150)).reverse();
          const results = await Promise.all([
            first.putArticles(left),
            second.putArticles(right),
            first.putArticles(left.slice(100, 200)),
            second.putArticles(right.slice(0, 100)),
          ]);
          const inserted = results.flatMap((result) => result.inserted);
          assert.equal(inserted.length, 450);
          assert.equal(new Set(inserted).size, 450);
          assert.equal(await first.countArticles(), 450);
          assert.equal(await second.countArticles(), 450);
          assert.equal((await second.search("body", { limit: 1000 })).length, 450);
        } finally {
          await second.close();
        }
      }));

    test("withLock runs one holder at a time across handles, and releases on failure", () =>
      withStore(async (first, location) => {
        const second = await openStore(location);
        try {
          const events: string[] = [];
          const hold = (store: Store, who: string) =>
            store.withLock("stories", async () => {
              events.push(`${who} in`);
              await new Promise((resolve) => setTimeout(resolve, 30));
              events.push(`${who} out`);
            });
          await Promise.all([hold(first, "a"), hold(second, "b"), hold(first, "c"), hold(second, "d")]);
          for (let index = 0; index < events.length; index += 2) {
            assert.equal(events[index]!.replace(" in", " out"), events[index + 1]);
          }
          await assert.rejects(
            first.withLock("stories", async () => Promise.reject(new Error("boom"))),
            /boom/,
          );
          assert.equal(await second.withLock("stories", async () => 42), 42);
          assert.equal(await first.withLock("other", () => second.withLock("stories", async () => "nested")), "nested");
        } finally {
          await second.close();
        }
      }));

    runSearchContract(withStore);
    runFeedContract(withStore);
  });
}
