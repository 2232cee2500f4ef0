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
  PARALLEL_MIN_ARTICLES,
  type ParallelOptions,
} from "./parallel/analyze-in-parallel.js";
export { prepareArticle, sourceOf } from "./prepare-article.js";
