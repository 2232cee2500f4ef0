export {
  type Analysis,
  type AnalyzeOptions,
  analyzeArticles,
  buildStories,
  groupIntoStories,
  type IndexedBatch,
  indexArticles,
  linkDuplicates,
  prepareBatch,
} from "./analyze-articles.js";
export { articleIdFor, storyIdFor } from "./article-id.js";
export { buildStory } from "./build-story.js";
export {
  analyzeArticlesInParallel,
  indexArticlesInParallel,
  type ParallelOptions,
} from "./parallel/analyze-in-parallel.js";
export {
  type BatchRunner,
  createBatchRunner,
  type IndexableArticle,
  PARALLEL_MIN_ARTICLES,
  type RunnerOptions,
  type StoryBuilder,
  workersFor,
} from "./parallel/batch-runner.js";
export { createStoryBuilder, type StoryBuilderOptions } from "./parallel/story-builder.js";
export { prepareArticle, sourceOf } from "./prepare-article.js";
export { warmUpPipeline } from "./warm-up.js";
