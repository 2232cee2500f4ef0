import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { buildStories, prepareBatch, storyIdFor } from "../pipeline/index.js";
import { segmentText } from "../stages/segment/index.js";
import type { Store } from "../storage/store.js";
import { forgetStoryEngine, storyEngineFor } from "./load-story-engine.js";
import { type StoryEngine, storedFeatures } from "./story-engine.js";

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

/**
 * Adds a batch of raw articles to a store and brings its stories up to date, under the store's
 * "stories" lock so concurrent workers take turns. A long-lived story engine (features only, never
 * re-segmenting stored articles) finds the stories the new articles change; only those dossiers are
 * rebuilt and rewritten. Stored articles in no story (a run interrupted before saving its stories)
 * are clustered again by the next run.
 */
export async function addToStore(store: Store, raws: readonly RawArticle[], options: AddOptions): Promise<AddResult> {
  const { docs: batchDocs, diagnostics } = prepareBatch(raws, options.onProgress);
  return store.withLock("stories", async () => {
    const engine = await storyEngineFor(store);
    try {
      return await addWithEngine(store, engine, batchDocs, diagnostics, options);
    } catch (error) {
      forgetStoryEngine(store);
      throw error;
    }
  });
}

async function addWithEngine(
  store: Store,
  engine: StoryEngine,
  batchDocs: AnalyzedArticle[],
  diagnostics: Diagnostic[],
  options: AddOptions,
): Promise<AddResult> {
  const newDocs = batchDocs.filter((doc) => !engine.has(doc.article.id));
  const existing = batchDocs.filter((doc) => engine.has(doc.article.id)).map((doc) => doc.article.id);
  const features = newDocs.map((doc) => storedFeatures(doc));
  const update = engine.add(newDocs.map((doc, k) => ({ article: doc.article, features: features[k]! })));
  for (const doc of newDocs) doc.article.duplicateOf = engine.duplicateOf(doc.article.id);

  // Stories to rebuild: those whose membership changed, and those holding an article whose original changed.
  const rebuild = new Map<StoryId, ArticleId[]>();
  for (const group of update.changed) rebuild.set(storyIdFor(group), group);
  for (const id of update.duplicateChanges.keys()) {
    const group = engine.storyOf(id);
    if (group !== undefined) rebuild.set(storyIdFor(group), group);
  }
  const docs = new Map(newDocs.map((doc) => [doc.article.id, doc]));
  const wanted = new Set([...[...rebuild.values()].flat(), ...update.duplicateChanges.keys()]);
  const storedIds = [...wanted].filter((id) => !docs.has(id));
  const storedDocs: AnalyzedArticle[] = (
    storedIds.length === 0 ? [] : await store.listArticles({ ids: storedIds })
  ).map((article) => ({ article, segmented: segmentText(article.text, article.language) }));
  for (const doc of storedDocs) docs.set(doc.article.id, doc);

  const changedCopies: Article[] = [];
  for (const [id, root] of update.duplicateChanges) {
    const doc = docs.get(id);
    if (doc === undefined) continue;
    doc.article.duplicateOf = root;
    changedCopies.push(doc.article);
  }
  const duplicates = new Map<ArticleId, ArticleId>();
  for (const id of docs.keys()) {
    const root = engine.duplicateOf(id);
    if (root !== null) duplicates.set(id, root);
  }
  const datesBefore = new Map(storedDocs.map((doc) => [doc.article.id, doc.article.publishedAt]));
  const savedStories = buildStories([...rebuild.values()], [...docs.values()], duplicates, options);
  const removedStoryIds = update.gone.map((group) => storyIdFor(group)).filter((id) => !rebuild.has(id));
  // Building a story may infer an undated article's publication date: keep it with the article.
  const copyIds = new Set(changedCopies.map((article) => article.id));
  for (const doc of storedDocs) {
    if (doc.article.publishedAt !== datesBefore.get(doc.article.id) && !copyIds.has(doc.article.id)) {
      changedCopies.push(doc.article);
    }
  }

  const put = await store.putArticles(newDocs.map((doc) => doc.article));
  await store.putFeatures(newDocs.map((doc, k) => [doc.article.id, features[k]!] as const));
  if (changedCopies.length > 0) await store.replaceArticles(changedCopies);
  await store.saveStories(savedStories, removedStoryIds);
  await store.putDiagnostics(diagnostics);

  const touched = new Map<StoryId, ArticleId[]>();
  for (const doc of batchDocs) {
    const group = engine.storyOf(doc.article.id);
    if (group !== undefined) touched.set(storyIdFor(group), group);
  }
  const saved = new Map(savedStories.map((story) => [story.id, story]));
  const stories: Story[] = [];
  for (const id of touched.keys()) {
    const story = saved.get(id) ?? (await store.getStory(id));
    if (story !== null) stories.push(story);
  }
  const memberIds = [...new Set(stories.flatMap((story) => story.articleIds))];
  const missing = memberIds.filter((id) => !docs.has(id));
  const articles = new Map([...docs.values()].map((doc) => [doc.article.id, doc.article]));
  if (missing.length > 0)
    for (const article of await store.listArticles({ ids: missing })) articles.set(article.id, article);
  return {
    inserted: put.inserted,
    existing: [...existing, ...put.existing],
    savedStories,
    removedStoryIds,
    stories,
    articles: memberIds.map((id) => articles.get(id)).filter((article): article is Article => article !== undefined),
    diagnostics,
  };
}
