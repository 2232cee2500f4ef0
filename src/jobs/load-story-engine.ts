import type { ArticleId, StoryId } from "../domain/ids.js";
import { segmentText } from "../stages/segment/index.js";
import type { Store } from "../storage/store.js";
import {
  createStoryEngine,
  type EngineEntry,
  parseStoredFeatures,
  type StoryEngine,
  storedFeatures,
  storedFeaturesJson,
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
  // Kept as JSON text (~2.4 KB an article) and parsed as the engine reads each one: read back as
  // objects all at once, a 57k store's features took the load's peak to ~905 MB (455 MB as text).
  // Each text is parsed once here too, only to check it (~0.7 s per 57k): features that are stale
  // or damaged are computed again rather than stopping the load.
  const ids: ArticleId[] = [];
  const texts: string[] = [];
  for await (const [id, json] of store.allFeatures()) {
    if (parseStoredFeatures(json) === null) continue;
    ids.push(id);
    texts.push(json);
  }
  if (ids.length < count) {
    const have = new Set(ids);
    const missing = (await store.listArticles()).filter((article) => !have.has(article.id));
    const computed = missing.map((article) => ({
      id: article.id,
      json: storedFeaturesJson(storedFeatures({ article, segmented: segmentText(article.text, article.language) })),
    }));
    await store.putFeatures(computed.map(({ id, json }) => [id, json] as const));
    for (const { id, json } of computed) {
      ids.push(id);
      texts.push(json);
    }
  }
  const storyIds = await store.storyIdsOfArticles(ids);
  const members = new Map<StoryId, ArticleId[]>();
  for (const [articleId, storyId] of storyIds) {
    const list = members.get(storyId);
    if (list === undefined) members.set(storyId, [articleId]);
    else list.push(articleId);
  }
  const engine = createStoryEngine();
  engine.load(parsedEntries(ids, texts), [...members.values()]);
  engines.set(store, { engine, storiesVersion });
  return engine;
}

/** Each article's entry, its features parsed from `texts` (checked once already) as it is read, and the text let go. */
function* parsedEntries(ids: readonly ArticleId[], texts: string[]): Generator<EngineEntry> {
  for (let k = 0; k < ids.length; k++) {
    const features = parseStoredFeatures(texts[k]!)!;
    texts[k] = "";
    yield { article: { id: ids[k]!, publishedAt: features.publishedAt }, features };
  }
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
