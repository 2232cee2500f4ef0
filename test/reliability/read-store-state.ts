import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { openStore } from "../../src/storage/open-store.js";

/** What the reliability tests compare between stores: articles and stories, in a canonical order. */
export interface StoreState {
  articleIds: string[];
  stories: { id: string; title: string; articleIds: string[] }[];
}

/**
 * Reads a store and checks the invariants every store must keep whatever happened to its writers:
 * no article stored twice, every story's articles stored, every article in exactly one story (by
 * the stories' own JSON and by the membership index), the summary list agreeing with the stories;
 * for SQLite also `integrity_check` and the full-text index's own check.
 */
export async function readStoreState(location: string): Promise<StoreState> {
  if (!/^postgres(ql)?:/.test(location)) {
    const db = new Database(location, { readonly: true, fileMustExist: true });
    try {
      assert.equal(db.pragma("integrity_check", { simple: true }), "ok", `integrity_check of ${location}`);
      const doubled = db.prepare("SELECT article_id FROM story_articles GROUP BY article_id HAVING count(*) > 1").all();
      assert.deepEqual(doubled, [], "articles listed in two stories by the membership table");
    } finally {
      db.close();
    }
  }
  const store = await openStore(location);
  try {
    const articles = await store.listArticles();
    const articleIds = articles.map((article) => article.id);
    assert.equal(new Set(articleIds).size, articleIds.length, "an article is stored twice");
    assert.equal(await store.countArticles(), articleIds.length);
    const listed = await store.listStories({ sort: "recent", limit: 100_000, offset: 0 });
    assert.equal(listed.total, listed.items.length);
    const stories: StoreState["stories"] = [];
    const storyOf = new Map<string, string>();
    for (const item of listed.items) {
      const story = await store.getStory(item.id);
      assert.ok(story !== null, `story ${item.id} is listed but cannot be read`);
      assert.equal(item.articleCount, story.articleIds.length, `story ${item.id}: listed count differs`);
      for (const id of story.articleIds) {
        assert.equal(storyOf.get(id), undefined, `article ${id} is in stories ${storyOf.get(id)} and ${story.id}`);
        storyOf.set(id, story.id);
      }
      stories.push({ id: story.id, title: story.title, articleIds: [...story.articleIds].sort() });
    }
    const stored = new Set<string>(articleIds);
    for (const id of storyOf.keys()) assert.ok(stored.has(id), `story member ${id} is not a stored article`);
    const missing = articleIds.filter((id) => !storyOf.has(id));
    assert.deepEqual(missing, [], "articles in no story");
    const index = await store.storyIdsOfArticles(articleIds);
    for (const id of articleIds) assert.equal(index.get(id), storyOf.get(id), `membership index of ${id}`);
    return { articleIds: [...articleIds].sort(), stories: stories.sort((a, b) => a.id.localeCompare(b.id)) };
  } finally {
    await store.close();
  }
}
