import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { buildStories, groupIntoStories, linkDuplicates, prepareBatch, storyIdFor } from "../pipeline/index.js";
import { segmentText } from "../stages/segment/index.js";
import type { Store } from "../storage/store.js";

export interface AddResult {
  inserted: ArticleId[];
  /** Articles of this batch that the store already had (ingesting twice changes nothing). */
  existing: ArticleId[];
  /** Stories written (new or changed membership), and stories removed (merged into another). */
  savedStories: Story[];
  removedStoryIds: StoryId[];
  /** Every story holding an article of this batch, and their articles: what `analyze --db` prints. */
  stories: Story[];
  articles: Article[];
  diagnostics: Diagnostic[];
}

export interface AddOptions {
  summaryWords: number;
  onProgress?: (stage: "prepare" | "stories", done: number, total: number) => void;
}

function sameMembers(a: readonly ArticleId[], b: readonly ArticleId[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * Adds a batch of raw articles to a store and brings its stories up to date, under the store's
 * "stories" lock so concurrent workers take turns. Stories are recomputed over every stored article,
 * so a run interrupted at any point is completed by the next one; only stories whose membership
 * changed are rewritten.
 */
export async function addToStore(store: Store, raws: readonly RawArticle[], options: AddOptions): Promise<AddResult> {
  const { docs: batchDocs, diagnostics } = prepareBatch(raws, options.onProgress);
  return store.withLock("stories", async () => {
    const storedArticles = await store.listArticles();
    const storedIds = new Set(storedArticles.map((article) => article.id));
    const newDocs = batchDocs.filter((doc) => !storedIds.has(doc.article.id));
    const existing = batchDocs.filter((doc) => storedIds.has(doc.article.id)).map((doc) => doc.article.id);
    const storedDocs: AnalyzedArticle[] = storedArticles.map((article) => ({
      article,
      segmented: segmentText(article.text, article.language),
    }));
    const all = [...storedDocs, ...newDocs];

    const before = new Map(storedArticles.map((article) => [article.id, article.duplicateOf]));
    const duplicates = linkDuplicates(all);
    const changedCopies = storedDocs
      .filter((doc) => before.get(doc.article.id) !== doc.article.duplicateOf)
      .map((doc) => doc.article);

    const previous = await store.storyIdsOfArticles(storedArticles.map((article) => article.id));
    const previousMembers = new Map<StoryId, ArticleId[]>();
    for (const [articleId, storyId] of previous)
      previousMembers.set(storyId, [...(previousMembers.get(storyId) ?? []), articleId]);

    const groups = groupIntoStories(all);
    const changedCopyIds = new Set(changedCopies.map((article) => article.id));
    const changedGroups = groups.filter((ids) => {
      const members = previousMembers.get(storyIdFor(ids));
      return members === undefined || !sameMembers(members, ids) || ids.some((id) => changedCopyIds.has(id));
    });
    const datesBefore = new Map(storedDocs.map((doc) => [doc.article.id, doc.article.publishedAt]));
    const savedStories = buildStories(changedGroups, all, duplicates, options);
    const kept = new Set(groups.map((ids) => storyIdFor(ids)));
    const removedStoryIds = [...previousMembers.keys()].filter((id) => !kept.has(id));
    // Building a story may infer an undated article's publication date: keep it with the article.
    for (const doc of storedDocs) {
      if (doc.article.publishedAt !== datesBefore.get(doc.article.id) && !changedCopyIds.has(doc.article.id)) {
        changedCopies.push(doc.article);
        changedCopyIds.add(doc.article.id);
      }
    }

    const put = await store.putArticles(newDocs.map((doc) => doc.article));
    if (changedCopies.length > 0) await store.replaceArticles(changedCopies);
    await store.saveStories(savedStories, removedStoryIds);
    await store.putDiagnostics(diagnostics);

    const batchIds = new Set(batchDocs.map((doc) => doc.article.id));
    const touchedIds = [
      ...new Set(groups.filter((ids) => ids.some((id) => batchIds.has(id))).map((ids) => storyIdFor(ids))),
    ];
    const saved = new Map(savedStories.map((story) => [story.id, story]));
    const touched: Story[] = [];
    for (const id of touchedIds) {
      const story = saved.get(id) ?? (await store.getStory(id));
      if (story !== null) touched.push(story);
    }
    const memberIds = new Set(touched.flatMap((story) => story.articleIds));
    return {
      inserted: put.inserted,
      existing: [...existing, ...put.existing],
      savedStories,
      removedStoryIds,
      stories: touched,
      articles: all.map((doc) => doc.article).filter((article) => memberIds.has(article.id)),
      diagnostics,
    };
  });
}
