import type { ArticleId } from "../../domain/ids.js";
import { averageLinkClusters } from "./average-link.js";
import type { BackgroundMemo } from "./background-memo.js";
import { findNearestNeighbors, type SimilarityEdge } from "./nearest-neighbors.js";
import type { SparseVector } from "./sparse-vector.js";
import type { StoryClustererOptions } from "./story-clusterer-options.js";
import type { TermIndex } from "./term-index.js";
import { timeProximity } from "./time-proximity.js";

/** Stories from largest to smallest, then by first id (ids inside each sorted). */
export function sortStories(groups: ArticleId[][]): ArticleId[][] {
  return groups.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}

/**
 * Clusters the given articles among themselves (IDF over the whole index): nearest-neighbour graph,
 * then average-link. Canonical order (by id), so nothing depends on the order articles were added in.
 * Each article's background (similarity of its k-th nearest neighbour) is taken from the graph when
 * the subset is the whole index, and looked up in the whole index otherwise (an incremental update
 * clusters a few stories, among which an article has fewer neighbours than in the corpus), through
 * `memo` when given (which the whole index's pass fills).
 */
export function clusterSubset(
  index: TermIndex,
  ids: readonly ArticleId[],
  settings: StoryClustererOptions,
  memo?: BackgroundMemo,
): ArticleId[][] {
  const ordered = ids.map((id) => index.get(id)!).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const vectors = index.localVectorsOf(ordered);
  const days = ordered.map((stored) => stored.day);
  const backgrounds = new Float64Array(ordered.length);
  const whole = ordered.length === index.size;
  const edges = neighborGraph(vectors, days, settings, whole ? backgrounds : undefined);
  ordered.forEach((stored, item) => {
    if (whole) memo?.set(stored.id, backgrounds[item]!);
    else backgrounds[item] = memo === undefined ? index.backgroundOf(stored.id) : memo.of(stored.id);
  });
  const groups = averageLinkClusters(vectors, days, edges, { ...settings, timeFactor: timeProximity, backgrounds });
  return groups.map((group) => group.map((item) => ordered[item]!.id));
}

/**
 * The nearest-neighbour graph that average-link starts from (similarity: cosine × time proximity);
 * fills `backgrounds` (by item) with each item's background when given (see `findNearestNeighbors`).
 */
export function neighborGraph(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  settings: StoryClustererOptions,
  backgrounds?: Float64Array,
): SimilarityEdge[] {
  return findNearestNeighbors(vectors, {
    neighbors: settings.neighbors,
    minSimilarity: settings.minSimilarity / 2,
    queryTerms: 30,
    maxPostings: 200,
    candidates: settings.neighbors * 3,
    pairFactor: (a, b) => timeProximity(days[a]!, days[b]!),
    ...(backgrounds !== undefined ? { backgrounds } : {}),
  });
}
