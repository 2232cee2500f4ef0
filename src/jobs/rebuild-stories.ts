import type { Article } from "../domain/article.js";
import type { ArticleId, StoryId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { type AnalyzeOptions, type StoryBuilder, storyIdFor } from "../pipeline/index.js";
import type { Store } from "../storage/store.js";
import type { EngineUpdate, StoryEngine } from "./story-engine.js";

export interface RebuiltStories {
  /** Dossiers of the stories that are new or whose membership changed, and of those holding an article whose original changed. */
  savedStories: Story[];
  /** Stories that no longer exist (merged into another, or split). */
  removedStoryIds: StoryId[];
  /** Stored articles to write back: their earliest near-copy changed, or a story inferred their date. */
  changedArticles: Article[];
  /** Every article read or given, by id (the batch's own and the stored members of rebuilt stories). */
  articles: Map<ArticleId, Article>;
}

/**
 * The dossiers an engine update calls for, built with `builder`: the stories whose membership changed
 * and those holding an article whose earliest near-copy changed. `known` holds articles not (yet) in
 * the store, by id; the other members are read from `store`. Nothing is written.
 */
export async function rebuildStories(
  store: Store,
  engine: StoryEngine,
  update: EngineUpdate,
  known: ReadonlyMap<ArticleId, Article>,
  builder: StoryBuilder,
  options: AnalyzeOptions,
): Promise<RebuiltStories> {
  const rebuild = new Map<StoryId, ArticleId[]>();
  for (const group of update.changed) rebuild.set(storyIdFor(group), group);
  for (const id of update.duplicateChanges.keys()) {
    const group = engine.storyOf(id);
    if (group !== undefined) rebuild.set(storyIdFor(group), group);
  }
  const articles = new Map(known);
  const wanted = new Set([...[...rebuild.values()].flat(), ...update.duplicateChanges.keys()]);
  const storedIds = [...wanted].filter((id) => !articles.has(id));
  const stored = storedIds.length === 0 ? [] : await store.listArticles({ ids: storedIds });
  for (const article of stored) articles.set(article.id, article);

  const changedArticles: Article[] = [];
  for (const [id, root] of update.duplicateChanges) {
    const article = articles.get(id);
    if (article === undefined) continue;
    article.duplicateOf = root;
    changedArticles.push(article);
  }
  const duplicates = new Map<ArticleId, ArticleId>();
  for (const id of articles.keys()) {
    const root = engine.duplicateOf(id);
    if (root !== null) duplicates.set(id, root);
  }
  const datesBefore = new Map(stored.map((article) => [article.id, article.publishedAt]));
  const savedStories = await builder.buildStories(
    [...rebuild.values()],
    (id) => articles.get(id)!,
    duplicates,
    options,
  );
  const removedStoryIds = update.gone.map((group) => storyIdFor(group)).filter((id) => !rebuild.has(id));
  // Building a story may infer an undated article's publication date: keep it with the article.
  const changedIds = new Set(changedArticles.map((article) => article.id));
  for (const article of stored) {
    if (article.publishedAt !== datesBefore.get(article.id) && !changedIds.has(article.id))
      changedArticles.push(article);
  }
  return { savedStories, removedStoryIds, changedArticles, articles };
}
