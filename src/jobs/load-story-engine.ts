import type { ArticleId, StoryId } from "../domain/ids.js";
import { segmentText } from "../stages/segment/index.js";
import type { Store } from "../storage/store.js";
import {
  createStoryEngine,
  parseStoredFeatures,
  type StoredFeatures,
  type StoryEngine,
  storedFeatures,
} from "./story-engine.js";

/**
 * One engine per open store, kept between calls (e.g. by `recoupe serve`) while the store does not
 * change behind it: same number of articles, and stories last saved by this engine's owner
 * (`storiesVersion` as it was then; another process's add or `recoupe recluster` changes it).
 */
const engines = new WeakMap<Store, { engine: StoryEngine; storiesVersion: number }>();

/**
 * The story engine of `store`: the cached one while the store has not changed behind it (see
 * `engines`), else one loaded from the stored features and stories. Articles stored without features, or with features of
 * another version (`FEATURES_VERSION`: older stores), are segmented once and their features stored;
 * the stories stay as stored until `reclusterStore` regroups them with the new features.
 */
export async function storyEngineFor(store: Store): Promise<StoryEngine> {
  const count = await store.countArticles();
  const storiesVersion = await store.storiesVersion();
  const cached = engines.get(store);
  if (cached !== undefined && cached.engine.size === count && cached.storiesVersion === storiesVersion) {
    return cached.engine;
  }
  const entries: { article: { id: ArticleId; publishedAt: string | null }; features: StoredFeatures }[] = [];
  for await (const [id, value] of store.allFeatures()) {
    const features = parseStoredFeatures(value);
    if (features !== null) entries.push({ article: { id, publishedAt: features.publishedAt }, features });
  }
  if (entries.length < count) {
    const have = new Set(entries.map((entry) => entry.article.id));
    const missing = (await store.listArticles()).filter((article) => !have.has(article.id));
    const computed = missing.map((article) => ({
      article,
      features: storedFeatures({ article, segmented: segmentText(article.text, article.language) }),
    }));
    await store.putFeatures(computed.map((entry) => [entry.article.id, entry.features] as const));
    entries.push(...computed);
  }
  const storyIds = await store.storyIdsOfArticles(entries.map((entry) => entry.article.id));
  const members = new Map<StoryId, ArticleId[]>();
  for (const [articleId, storyId] of storyIds) {
    const list = members.get(storyId);
    if (list === undefined) members.set(storyId, [articleId]);
    else list.push(articleId);
  }
  const engine = createStoryEngine();
  engine.load(entries, [...members.values()]);
  engines.set(store, { engine, storiesVersion });
  return engine;
}

/**
 * Keeps `engine` as the story engine of `store` after its owner saved the stories it computed (under
 * the store's "stories" lock, so that no other process saved any meanwhile).
 */
export async function keepStoryEngine(store: Store, engine: StoryEngine): Promise<void> {
  engines.set(store, { engine, storiesVersion: await store.storiesVersion() });
}

/** Forgets the cached engine of `store` (after a failed write, its state may be ahead of the store). */
export function forgetStoryEngine(store: Store): void {
  engines.delete(store);
}
