import assert from "node:assert/strict";
import type { Article } from "../../src/domain/article.js";
import type { ArticleId } from "../../src/domain/ids.js";
import type { Story } from "../../src/domain/story.js";
import type { Store } from "../../src/storage/store.js";

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Every story of a (test-sized) store with its dossier, by id. */
export async function storedStories(store: Store): Promise<Story[]> {
  const { total, items } = await store.listStories({ sort: "sources", limit: 1000, offset: 0 });
  assert.equal(items.length, total, "a test store holds at most one page of stories");
  const stories = await Promise.all(items.map((item) => store.getStory(item.id)));
  return stories.map((story) => story!).sort(byId);
}

/** Every story with its dossier and every article of a (test-sized) store, each by id: what two stores compare on. */
export async function storeContents(store: Store): Promise<{ stories: Story[]; articles: Article[] }> {
  return { stories: await storedStories(store), articles: (await store.listArticles()).sort(byId) };
}

/** Every stored feature row (id, JSON text), in the store's order. */
export async function storedFeatureRows(store: Store): Promise<[ArticleId, string][]> {
  const rows: [ArticleId, string][] = [];
  for await (const row of store.allFeatures()) rows.push(row);
  return rows;
}
