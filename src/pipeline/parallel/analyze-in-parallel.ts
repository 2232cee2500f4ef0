import type { Article, RawArticle } from "../../domain/article.js";
import { createStoryClusterer } from "../../stages/cluster/index.js";
import { createDuplicateIndex } from "../../stages/dedupe/index.js";
import type { Analysis, AnalyzeOptions, IndexedBatch } from "../analyze-articles.js";
import { type BatchRunner, createBatchRunner, type RunnerOptions } from "./batch-runner.js";

export interface ParallelOptions extends AnalyzeOptions, RunnerOptions {}

/** Near-copies and story groups of a batch, its articles prepared by `runner`; the indexes stay on this thread. */
async function indexWith(
  runner: BatchRunner,
  raws: readonly RawArticle[],
  options: ParallelOptions,
): Promise<IndexedBatch> {
  const duplicateIndex = createDuplicateIndex();
  const clusterer = createStoryClusterer();
  const articles: Article[] = [];
  const diagnostics = await runner.prepare(
    raws,
    ({ article, cluster, duplicate }) => {
      duplicateIndex.addFeatures(article, duplicate);
      clusterer.addFeatures(article.id, cluster);
      articles.push(article);
    },
    options.onProgress,
  );
  const duplicates = duplicateIndex.duplicates();
  for (const article of articles) article.duplicateOf = duplicates.get(article.id) ?? null;
  const groups =
    runner.neighborSearch === undefined ? clusterer.clusters() : await clusterer.clustersWith(runner.neighborSearch);
  return { articles, duplicates, groups, diagnostics };
}

/**
 * `indexArticles` with the articles prepared on worker threads (cleaned with what the cleaner learnt
 * from the whole batch, segmented, turned into index features); near-copies and stories are found on
 * this thread. Same result as `indexArticles`, whatever the number of workers.
 */
export async function indexArticlesInParallel(
  raws: readonly RawArticle[],
  options: ParallelOptions = {},
): Promise<IndexedBatch> {
  const runner = createBatchRunner(raws, options);
  try {
    return await indexWith(runner, raws, options);
  } finally {
    await runner.close();
  }
}

/**
 * `analyzeArticles` spread over worker threads: articles prepared on the workers, stories found on
 * this thread, each story's dossier built on a worker. Same result as `analyzeArticles`.
 */
export async function analyzeArticlesInParallel(
  raws: readonly RawArticle[],
  options: ParallelOptions = {},
): Promise<Analysis> {
  const runner = createBatchRunner(raws, options);
  try {
    const { articles, duplicates, groups, diagnostics } = await indexWith(runner, raws, options);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const stories = await runner.buildStories(groups, (id) => byId.get(id)!, duplicates, options);
    return { articles, stories, diagnostics };
  } finally {
    await runner.close();
  }
}
