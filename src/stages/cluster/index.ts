import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { createStoryClusterer, type StoryClustererOptions } from "./story-clusterer.js";

export {
  mergeNeighborGraphParts,
  type NeighborGraphPart,
  type NeighborGraphPartResult,
  type NeighborSearch,
  neighborGraphPart,
  neighborGraphParts,
} from "./neighbor-graph.js";
export {
  type ClusterFeatures,
  clusterFeatures,
  createStoryClusterer,
  DEFAULT_STORY_CLUSTERER_OPTIONS,
  type StoryClusterer,
  type StoryClustererOptions,
  type StoryUpdate,
} from "./story-clusterer.js";
export { FEATURE_SEPARATOR, toClusterFeatures } from "./story-clusterer-options.js";
export { storyTerms } from "./story-terms.js";

/** Groups a batch of articles into stories (see `createStoryClusterer`). */
export function clusterArticles(
  docs: readonly AnalyzedArticle[],
  options: Partial<StoryClustererOptions> = {},
): ArticleId[][] {
  const clusterer = createStoryClusterer(options);
  for (const doc of docs) clusterer.add(doc);
  return clusterer.clusters();
}
