import assert from "node:assert/strict";
import { test } from "node:test";
import type { Store } from "./store.js";
import { articleId, makeArticle, type WithStore } from "./store-fixtures.js";

const FRENCH = makeArticle(1, {
  language: "fr",
  title: "Réunion à Genève",
  text: "Les négociations entre les États-Unis et la Russie ont duré quatre-vingt-dix minutes à Genève.\n\nAucun accord n'a été trouvé sur l'Ukraine.",
});
const ENGLISH = makeArticle(2, {
  language: "en",
  title: "Talks end without a deal",
  text: "The negotiators talked for ninety minutes in Geneva. Troops remain at the border.",
});
const SPANISH = makeArticle(3, {
  language: "es",
  title: "Tropas en la frontera",
  text: "Las negociaciones en Ginebra terminaron sin acuerdo sobre Ucrania.",
});
const MARKER = makeArticle(4, {
  language: "en",
  title: "Weather report from the border",
  text: "Geneva weather: sunny. ".repeat(20),
});

async function ids(store: Store, query: string, language?: string): Promise<number[]> {
  const hits = await store.search(query, { limit: 10, ...(language === undefined ? {} : { language }) });
  return hits.map((hit) => Number.parseInt(hit.articleId.slice(2), 16)).sort((a, b) => a - b);
}

/** Search behaviour shared by every `Store` engine (part of `runStoreContract`). */
export function runSearchContract(withStore: WithStore): void {
  const withArticles = (fn: (store: Store) => Promise<void>) =>
    withStore(async (store) => {
      await store.putArticles([FRENCH, ENGLISH, SPANISH, MARKER]);
      await fn(store);
    });

  test("search ignores accents and case, both ways", () =>
    withArticles(async (store) => {
      assert.deepEqual(await ids(store, "geneve"), [1]);
      assert.deepEqual(await ids(store, "GENÈVE"), [1]);
      assert.deepEqual(await ids(store, "Etats"), [1]);
      assert.deepEqual(await ids(store, "négotiators"), [2]);
    }));

  test("search matches words by stem in each article's language", () =>
    withArticles(async (store) => {
      assert.deepEqual(await ids(store, "négociation", "fr"), [1]);
      assert.deepEqual(await ids(store, "negociación", "es"), [3]);
      assert.deepEqual(await ids(store, "Génève"), [1]);
      assert.deepEqual(await ids(store, "talk"), [2]);
      assert.deepEqual(await ids(store, "Ukraine accord"), [1]);
      assert.deepEqual(await ids(store, "geneva ninety"), [2]);
    }));

  test("search requires every word and filters by language", () =>
    withArticles(async (store) => {
      assert.deepEqual(await ids(store, "sunny"), [4]);
      assert.deepEqual(await ids(store, "geneva troops"), [2]);
      assert.deepEqual(await ids(store, "ninety sunny"), []);
      assert.deepEqual(await ids(store, "geneva", "en"), [2, 4]);
      assert.deepEqual(await ids(store, "sunny", "fr"), []);
      assert.deepEqual(await ids(store, "talks", "en"), [2]);
      assert.deepEqual(await ids(store, "zyzzyva"), []);
    }));

  test("search takes any string: operators and punctuation are plain text", () =>
    withArticles(async (store) => {
      for (const query of [
        '"foo OR',
        "*)",
        "NEAR(",
        "title:",
        "-",
        "'",
        '"',
        "AND",
        "^geneva",
        "geneva*",
        "(geneva",
        "a:b:c",
        "{title}",
      ]) {
        await store.search(query, { limit: 5 });
      }
      assert.deepEqual(await ids(store, ""), []);
      assert.deepEqual(await ids(store, "  ¿?! "), []);
      assert.deepEqual(await ids(store, '"sunny'), [4]);
      assert.deepEqual(await ids(store, "(ninety*)"), [2]);
      assert.deepEqual(await ids(store, "l'Ukraine"), [1]);
    }));

  test("search ranks title matches first, pages, and returns a verbatim snippet with highlights", () =>
    withArticles(async (store) => {
      const hits = await store.search("tropas", { limit: 10 });
      assert.deepEqual(
        hits.map((hit) => hit.articleId),
        [articleId(3)],
      );
      // Ranking needs a corpus where the word is rare (BM25 gives no weight to a word in half the texts).
      await store.putArticles(Array.from({ length: 12 }, (_, n) => makeArticle(100 + n)));
      const border = await store.search("border", { limit: 10 });
      assert.deepEqual(
        border.map((hit) => hit.articleId),
        [MARKER.id, ENGLISH.id],
      );
      const [hit] = await store.search("minutes geneva", { limit: 1, language: "en" });
      assert.ok(hit !== undefined);
      assert.equal(hit.articleId, ENGLISH.id);
      assert.equal(hit.snippet, ENGLISH.text);
      assert.deepEqual(
        hit.highlights.map((span) => hit.snippet.slice(span.start, span.end)),
        ["minutes", "Geneva"],
      );
      assert.ok(hit.score > 0);
      const page1 = await store.search("geneva", { limit: 1 });
      const page2 = await store.search("geneva", { limit: 1, offset: 1 });
      assert.equal(page1.length, 1);
      assert.equal(page2.length, 1);
      assert.notEqual(page1[0]!.articleId, page2[0]!.articleId);
      const marker = (await store.search("sunny", { limit: 1 }))[0]!;
      assert.ok(marker.snippet.endsWith("…"));
      assert.ok(marker.snippet.length <= 202);
    }));
}
