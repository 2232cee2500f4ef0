import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { type BatchRunner, createBatchRunner, type StoryBuilder, storyIdFor } from "../pipeline/index.js";
import type { Store } from "../storage/store.js";
import { forgetStoryEngine, keepStoryEngine, storyEngineFor } from "./load-story-engine.js";
import { rebuildStories } from "./rebuild-stories.js";
import {
  type EngineEntry,
  parseStoredFeatures,
  type StoryEngine,
  storedFeaturesJson,
  toStoredFeatures,
} from "./story-engine.js";

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
  /**
   * Empty `raws` once every article is prepared: a caller that hands its raw articles over (the
   * `ingest` command) lets their text go while stories are built (57k articles: ~150 MB).
   */
  releaseInputs?: boolean;
}

/**
 * Adds a batch of raw articles to a store and brings its stories up to date, under the store's
 * "stories" lock so concurrent workers take turns. A long-lived story engine (features only, never
 * re-segmenting stored articles) finds the stories the new articles change; only those dossiers are
 * rebuilt and rewritten. Stored articles in no story (a run interrupted before saving its stories)
 * are clustered again by the next run. A large batch is prepared and its dossiers built on worker
 * threads (same result).
 */
export async function addToStore(store: Store, raws: RawArticle[], options: AddOptions): Promise<AddResult> {
  const runner = createBatchRunner(raws, options.workers === undefined ? {} : { workers: options.workers });
  try {
    const batch: PreparedBatch = { articles: [], features: [] };
    const diagnostics = await runner.prepare(
      raws,
      ({ article, cluster, duplicate }) => {
        batch.articles.push(article);
        batch.features.push(storedFeaturesJson(toStoredFeatures(article.publishedAt, cluster, duplicate)));
      },
      options.onProgress,
    );
    if (options.releaseInputs === true) raws.length = 0;
    return await store.withLock("stories", async () => {
      const engine = await storyEngineFor(store);
      try {
        return await addWithEngine(store, engine, runner, batch, diagnostics, options);
      } catch (error) {
        forgetStoryEngine(store);
        throw error;
      }
    });
  } finally {
    await runner.close();
  }
}

/** A prepared batch: its articles and their features (same order). */
interface PreparedBatch {
  articles: Article[];
  /**
   * As the store keeps them, JSON text: one string per article (~2.4 KB), where the parsed features
   * are ~120 pairs of a term and a count (57k articles in one batch, RSS while written and
   * clustered: 1,791 MB with text, 2,192 MB with objects). Emptied once written and read by the
   * engine, before the dossiers are built.
   */
  features: string[];
}

/** The engine's entries for `articles` and their features' JSON text, each parsed as it is read. */
function* engineEntries(articles: readonly Article[], features: readonly string[]): Generator<EngineEntry> {
  for (let k = 0; k < articles.length; k++) {
    const parsed = parseStoredFeatures(features[k]!);
    if (parsed === null) throw new Error(`the features of ${articles[k]!.id} were not read back`);
    yield { article: articles[k]!, features: parsed };
  }
}

async function addWithEngine(
  store: Store,
  engine: StoryEngine,
  runner: BatchRunner,
  batch: PreparedBatch,
  diagnostics: Diagnostic[],
  options: AddOptions,
): Promise<AddResult> {
  const isFresh = batch.articles.map((article) => !engine.has(article.id));
  const fresh = batch.articles.filter((_, k) => isFresh[k]);
  const existing = batch.articles.filter((_, k) => !isFresh[k]).map((article) => article.id);
  const features = batch.features.filter((_, k) => isFresh[k]);
  // Written first (a run stopped before its stories are saved leaves articles in no story, which the
  // next run clusters), so that the clustering features can go once the engine has read them, before
  // the search.
  const put = await store.putArticles(fresh);
  await store.putFeatures(fresh.map((article, k) => [article.id, features[k]!] as const));
  // A large batch that recomputes every story searches neighbours on the batch's workers. The engine
  // reads the entries before it awaits anything.
  const entries = engineEntries(fresh, features);
  const updating =
    runner.neighborSearch === undefined
      ? Promise.resolve(engine.add(entries))
      : engine.addWith(entries, runner.neighborSearch);
  for (const list of [batch.features, features]) list.length = 0;
  const update = await updating;
  for (const article of fresh) article.duplicateOf = engine.duplicateOf(article.id);

  // A batch large enough to have its own workers builds on them; a small one goes to the builder given.
  const builder = runner.workers === 0 && options.builder !== undefined ? options.builder : runner;
  const known = new Map(fresh.map((article) => [article.id, article]));
  const datesBefore = fresh.map((article) => article.publishedAt);
  const { savedStories, removedStoryIds, changedArticles, articles } = await rebuildStories(
    store,
    engine,
    update,
    known,
    builder,
    options,
  );
  // Written again: new articles that copy an earlier one, or whose date a story inferred.
  const rewritten = fresh.filter(
    (article, k) => article.duplicateOf !== null || article.publishedAt !== datesBefore[k],
  );
  if (changedArticles.length + rewritten.length > 0) await store.replaceArticles([...changedArticles, ...rewritten]);
  await store.saveStories(savedStories, removedStoryIds);
  await keepStoryEngine(store, engine);
  await store.putDiagnostics(diagnostics);

  const touched = new Map<StoryId, ArticleId[]>();
  for (const article of batch.articles) {
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
