import { deserialize } from "node:v8";
import type { Article } from "../../domain/article.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";
import { createCleaner } from "../../stages/clean/index.js";
import { segmentText } from "../../stages/segment/index.js";
import { type AnalyzeOptions, buildStories } from "../analyze-articles.js";
import { byIndependentSources } from "../story-order.js";
import { type BatchPool, runInOrder } from "./run-in-order.js";
import { storyTasks } from "./story-tasks.js";

/** `BatchRunner.buildStories` on this thread (see there). */
export function buildStoriesHere(
  groups: readonly (readonly ArticleId[])[],
  articleOf: (id: ArticleId) => Article,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
  options: AnalyzeOptions = {},
): Story[] {
  const resegment = (id: ArticleId) => {
    const article = articleOf(id);
    return { article, segmented: segmentText(article.text, article.language) };
  };
  return buildStories(groups, resegment, duplicates, options);
}

/**
 * `BatchRunner.buildStories` on the workers of `pool` (see there). The dossiers come back serialized
 * and are read back at the end, after `release` (which may let the workers go): the memory of the
 * workers and of every dossier as objects is then never needed at once (57k articles: the dossiers
 * take ~660 MB as objects, ~330 MB as bytes).
 */
export async function buildStoriesOnPool(
  pool: BatchPool,
  groups: readonly (readonly ArticleId[])[],
  articleOf: (id: ArticleId) => Article,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
  options: AnalyzeOptions = {},
  release?: () => Promise<void>,
): Promise<Story[]> {
  const parts: (Uint8Array | null)[] = [];
  let built = 0;
  // Building cleans nothing: a task run here after its worker stopped needs no site memory.
  await runInOrder(
    pool,
    storyTasks(groups, articleOf, duplicates),
    (task) => ({ kind: "build", stories: task, summaryWords: options.summaryWords ?? 100 }),
    (result) => {
      if (result.kind !== "build") throw new Error("a build task answered with another kind of result");
      parts.push(result.stories);
      built += result.count;
      for (const { id, publishedAt, publishedAtInferred } of result.dated) {
        const article = articleOf(id);
        article.publishedAt = publishedAt;
        article.publishedAtInferred = publishedAtInferred;
      }
      options.onProgress?.("stories", built, groups.length);
    },
    createCleaner(),
  );
  await release?.();
  const stories: Story[] = [];
  parts.forEach((part, k) => {
    for (const story of deserialize(part!) as Story[]) stories.push(story);
    parts[k] = null;
  });
  return stories.sort(byIndependentSources);
}
