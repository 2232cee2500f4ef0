import type { ArticleId } from "../../domain/ids.js";
import { averageLinkClusters } from "./average-link.js";
import type { BackgroundMemo } from "./background-memo.js";
import { backgroundsOf, type SimilarityEdge } from "./nearest-neighbors.js";
import { type NeighborSearch, neighborGraph } from "./neighbor-graph.js";
import type { StoryClustererOptions } from "./story-clusterer-options.js";
import type { TermIndex } from "./term-index.js";
import { timeProximity } from "./time-proximity.js";

/** Stories from largest to smallest, then by first id (ids inside each sorted). */
export function sortStories(groups: ArticleId[][]): ArticleId[][] {
  return groups.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}

/** The articles of a clustering in canonical order (by id), their vectors (IDF over the whole index) and days. */
function itemsOf(index: TermIndex, ids: readonly ArticleId[]) {
  const ordered = ids.map((id) => index.get(id)!).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { ordered, vectors: index.localVectorsOf(ordered), days: ordered.map((stored) => stored.day) };
}

/** Average-link over the graph of `itemsOf`, with the items' backgrounds; stories as article ids. */
function groupsOf(
  { ordered, vectors, days }: ReturnType<typeof itemsOf>,
  edges: readonly SimilarityEdge[],
  backgrounds: Float64Array,
  settings: StoryClustererOptions,
): ArticleId[][] {
  const options = { ...settings, timeFactor: timeProximity, backgrounds };
  return averageLinkClusters(vectors, days, edges, options).map((group) => group.map((item) => ordered[item]!.id));
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
  const items = itemsOf(index, ids);
  if (items.ordered.length === index.size) {
    const nearest = new Float64Array(items.ordered.length * settings.neighbors);
    const edges = neighborGraph(items.vectors, items.days, settings, nearest);
    memo?.setAll(
      items.ordered.map((stored) => stored.id),
      nearest,
    );
    return groupsOf(items, edges, backgroundsOf(nearest, settings.neighbors), settings);
  }
  const edges = neighborGraph(items.vectors, items.days, settings);
  const backgrounds = Float64Array.from(items.ordered, (stored) =>
    memo === undefined ? index.backgroundOf(stored.id) : memo.of(stored.id),
  );
  return groupsOf(items, edges, backgrounds, settings);
}

/**
 * `clusterSubset` of the whole index with the neighbour graph from `search` (e.g. split over worker
 * threads): the same stories. The index must not change until it resolves.
 */
export async function clusterWholeIndexWith(
  index: TermIndex,
  settings: StoryClustererOptions,
  search: NeighborSearch,
  memo?: BackgroundMemo,
): Promise<ArticleId[][]> {
  const items = itemsOf(index, index.allIds());
  const graph = await search(items.vectors, items.days, settings);
  memo?.setAll(
    items.ordered.map((stored) => stored.id),
    graph.nearest,
  );
  return groupsOf(items, graph.edges, backgroundsOf(graph.nearest, settings.neighbors), settings);
}

/**
 * Every article's nearest similarities in the whole index (see `NearestNeighborOptions.nearest`), by a
 * whole-index neighbour search run by `search` when given (e.g. on worker threads), here otherwise:
 * the ids in canonical order, and their rows in that order. The index must not change until it resolves.
 */
export async function wholeIndexNearest(
  index: TermIndex,
  settings: StoryClustererOptions,
  search?: NeighborSearch,
): Promise<{ ids: ArticleId[]; nearest: Float64Array }> {
  const items = itemsOf(index, index.allIds());
  const ids = items.ordered.map((stored) => stored.id);
  if (search !== undefined) return { ids, nearest: (await search(items.vectors, items.days, settings)).nearest };
  const nearest = new Float64Array(ids.length * settings.neighbors);
  neighborGraph(items.vectors, items.days, settings, nearest);
  return { ids, nearest };
}
