import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import {
  type BatchRunner,
  createBatchRunner,
  type IndexableArticle,
  type StoryBuilder,
  storyIdFor,
} from "../pipeline/index.js";
import type { Store } from "../storage/store.js";
import { forgetStoryEngine, keepStoryEngine, storyEngineFor } from "./load-story-engine.js";
import { rebuildStories } from "./rebuild-stories.js";
import { type StoryEngine, toStoredFeatures } from "./story-engine.js";

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
  /** Worker threads for preparing articles and building dossiers (see `RunnerOptions.workers`). */
  workers?: number;
  /**
   * Builds the changed stories' dossiers instead of the batch's own runner: a long-running server
   * passes one with a worker thread, so that reads go on while a large story is rebuilt.
   */
  builder?: StoryBuilder;
}

/**
 * Adds a batch of raw articles to a store and brings its stories up to date, under the store's
 * "stories" lock so concurrent workers take turns. A long-lived story engine (features only, never
 * re-segmenting stored articles) finds the stories the new articles change; only those dossiers are
 * rebuilt and rewritten. Stored articles in no story (a run interrupted before saving its stories)
 * are clustered again by the next run. A large batch is prepared and its dossiers built on worker
 * threads (same result).
 */
export async function addToStore(store: Store, raws: readonly RawArticle[], options: AddOptions): Promise<AddResult> {
  const runner = createBatchRunner(raws, options.workers === undefined ? {} : { workers: options.workers });
  try {
    const prepared: IndexableArticle[] = [];
    const diagnostics = await runner.prepare(raws, (entry) => prepared.push(entry), options.onProgress);
    return await store.withLock("stories", async () => {
      const engine = await storyEngineFor(store);
      try {
        return await addWithEngine(store, engine, runner, prepared, diagnostics, options);
      } catch (error) {
        forgetStoryEngine(store);
        throw error;
      }
    });
  } finally {
    await runner.close();
  }
}

async function addWithEngine(
  store: Store,
  engine: StoryEngine,
  runner: BatchRunner,
  prepared: readonly IndexableArticle[],
  diagnostics: Diagnostic[],
  options: AddOptions,
): Promise<AddResult> {
  const fresh = prepared.filter(({ article }) => !engine.has(article.id));
  const existing = prepared.filter(({ article }) => engine.has(article.id)).map(({ article }) => article.id);
  const features = fresh.map(({ article, cluster, duplicate }) =>
    toStoredFeatures(article.publishedAt, cluster, duplicate),
  );
  const entries = fresh.map(({ article }, k) => ({ article, features: features[k]! }));
  // A large batch that recomputes every story searches neighbours on the batch's workers.
  const update =
    runner.neighborSearch === undefined ? engine.add(entries) : await engine.addWith(entries, runner.neighborSearch);
  for (const { article } of fresh) article.duplicateOf = engine.duplicateOf(article.id);

  // A batch large enough to have its own workers builds on them; a small one goes to the builder given.
  const builder = runner.workers === 0 && options.builder !== undefined ? options.builder : runner;
  const known = new Map(fresh.map(({ article }) => [article.id, article]));
  const { savedStories, removedStoryIds, changedArticles, articles } = await rebuildStories(
    store,
    engine,
    update,
    known,
    builder,
    options,
  );

  const put = await store.putArticles(fresh.map(({ article }) => article));
  await store.putFeatures(fresh.map(({ article }, k) => [article.id, features[k]!] as const));
  if (changedArticles.length > 0) await store.replaceArticles(changedArticles);
  await store.saveStories(savedStories, removedStoryIds);
  await keepStoryEngine(store, engine);
  await store.putDiagnostics(diagnostics);

  const touched = new Map<StoryId, ArticleId[]>();
  for (const { article } of prepared) {
    const group = engine.storyOf(article.id);
    if (group !== undefined) touched.set(storyIdFor(group), group);
  }
  const saved = new Map(savedStories.map((story) => [story.id, story]));
  const stories: Story[] = [];
  for (const id of touched.keys()) {
    const story = saved.get(id) ?? (await store.getStory(id));
    if (story !== null) stories.push(story);
  }
  const memberIds = [...new Set(stories.flatMap((story) => story.articleIds))];
  const missing = memberIds.filter((id) => !articles.has(id));
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
