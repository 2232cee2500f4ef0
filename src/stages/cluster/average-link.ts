import type { SparseVector } from "../../similarity/sparse-vector.js";
import { LinkGraph } from "./link-graph.js";
import type { SimilarityEdge } from "./nearest-neighbors.js";
import { type PairEntry, PairHeap } from "./pair-heap.js";
import { type TermScratch, termBound, termScratch } from "./term-scratch.js";
import { dotSums, SpreadSum, TermSums } from "./term-sums.js";

export interface AverageLinkOptions {
  /** Two clusters merge only when their average pairwise similarity reaches this. */
  minSimilarity: number;
  /**
   * ... and reaches this share of the looser cohesion of the two (cohesion = average similarity
   * inside a cluster): a cluster joins another only if it is about as close to it as to itself.
   */
  relativeSimilarity: number;
  /** Cohesion assumed for a single item, mixed into every cluster's cohesion with weight `priorPairs`. */
  priorCohesion: number;
  /** Weight (in pairs) of `priorCohesion` in a cluster's cohesion. */
  priorPairs: number;
  /** Multiplies the average similarity of two clusters given their mean days (time proximity). */
  timeFactor?: (dayA: number | null, dayB: number | null) => number;
  /**
   * Each item's background, the similarity of its k-th nearest neighbour (see `findNearestNeighbors`):
   * two clusters merge only when their average similarity reaches the mean background of their
   * members too. Articles of one genre (results, dividends, bond issues written to one template)
   * are all about as close to each other as to their k-th neighbour, so nothing among them stands
   * out and they stay apart; the articles of one story are much closer to each other than to their
   * neighbourhood at large. Absent: no such test.
   */
  backgrounds?: Float64Array;
}

/**
 * An item that stands for a cluster formed beforehand (a story kept whole by an incremental update):
 * its vector is the sum of its members' unit vectors (or an estimate of it), not a unit vector.
 */
export interface ClusterSeed {
  /** Number of articles it stands for. */
  size: number;
  /** Squared length of the sum: `size` plus twice the sum of the members' pairwise similarities. */
  sumSquared: number;
  /** Sum of the members' known days, and how many have one. */
  daySum: number;
  dated: number;
  /** Sum of the members' backgrounds (see `AverageLinkOptions.backgrounds`), or an estimate of it. */
  backgroundSum: number;
}

/** Largest cluster sum spread out over scratch arrays for dot products (a larger one is looked up in its table). */
const SPREAD_MAX_TERMS = 4096;

/** Share of `minSimilarity` under which a link between clusters is forgotten. */
const LINK_FLOOR = 0.25;

interface ClusterState {
  members: number[];
  /** Number of articles: that of `members`, unless a seed stands for many. */
  size: number;
  /** Sum of the members' unit vectors: the average pairwise cosine follows from dot products of sums. */
  sum: TermSums;
  /** Squared length of `sum`. */
  sumSquared: number;
  daySum: number;
  dated: number;
  /** Sum of the members' backgrounds. */
  backgroundSum: number;
  version: number;
}

/**
 * Links of the cluster that `keep` and `drop` merge into (before their sums are merged): each
 * neighbour's dot product is the sum of the two parts' (computed from the sums for a part with no
 * link to it). Links whose average falls under `floor` are dropped; one comes back exact if a later
 * partner links to the same cluster. Returns the dot product of the two parts. `linkOf` (by cluster)
 * is all zeros, and left so.
 */
function mergeLinks(
  clusters: readonly (ClusterState | undefined)[],
  links: LinkGraph,
  linkOf: Int32Array,
  keep: number,
  drop: number,
  floor: number,
  scratch: TermScratch,
): number {
  const kept = clusters[keep]!;
  const dropped = clusters[drop]!;
  const droppedLinks = links.linksOf(drop);
  for (const record of droppedLinks) linkOf[links.otherEnd(record, drop)] = record + 1;
  const across = links.values[linkOf[keep]! - 1]!;
  links.kill(linkOf[keep]! - 1);
  const size = kept.size + dropped.size;
  const isFaint = (value: number, other: ClusterState): boolean => value / (size * other.size) < floor;
  const merged: number[] = [];
  // Neighbours of the kept part (and of both: the dropped part's record dies).
  const spread = new SpreadSum(dropped.sum, scratch.pairs);
  for (const record of links.linksOf(keep)) {
    const other = links.otherEnd(record, keep);
    const otherCluster = clusters[other]!;
    const droppedRecord = linkOf[other]! - 1;
    let value: number;
    if (droppedRecord >= 0) {
      value = links.values[record]! + links.values[droppedRecord]!;
      links.kill(droppedRecord);
    } else {
      value = links.values[record]! + spread.dot(otherCluster.sum);
    }
    if (isFaint(value, otherCluster)) links.kill(record);
    else {
      links.values[record] = value;
      merged.push(record);
    }
  }
  spread.clear();
  // Neighbours of the dropped part alone: their records move to the kept cluster. The kept part is
  // spread out too unless it is so large that looking terms up in it costs less.
  const keptSpread = kept.sum.size <= SPREAD_MAX_TERMS ? new SpreadSum(kept.sum, scratch.pairs) : null;
  for (const record of droppedLinks) {
    const other = links.otherEnd(record, drop);
    linkOf[other] = 0;
    if (!links.isAlive(record)) continue;
    const otherCluster = clusters[other]!;
    const keptDot = keptSpread === null ? dotSums(kept.sum, otherCluster.sum) : keptSpread.dot(otherCluster.sum);
    const value = keptDot + links.values[record]!;
    if (isFaint(value, otherCluster)) links.kill(record);
    else {
      links.values[record] = value;
      links.moveEnd(record, drop, keep);
      merged.push(record);
    }
  }
  keptSpread?.clear();
  links.setLinks(keep, merged, drop);
  return across;
}

/**
 * Average-link agglomerative clustering of unit vectors, over the pairs of clusters that a sparse
 * neighbour graph joins: best pairs first, merged while they pass the absolute, the
 * cohesion-relative and the background test. Average similarities are exact (dot products of vector sums), so they do
 * not depend on how many neighbours the graph kept. The result depends only on the inputs:
 * clusters as sorted item lists, ordered by their first item.
 *
 * `seeds` (by item) marks items that stand for a cluster formed beforehand: such an item's vector is
 * the sum of its members' and the seed gives their number, cohesion and days, so it merges exactly as
 * that cluster would (the edges' `cosine` to it is then the dot product of the sums).
 */
export function averageLinkClusters(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  edges: readonly SimilarityEdge[],
  options: AverageLinkOptions,
  seeds: readonly (ClusterSeed | undefined)[] = [],
): number[][] {
  const clusters: (ClusterState | undefined)[] = vectors.map((vector, item) => {
    const seed = seeds[item];
    if (seed !== undefined) {
      // Same property order as below: one object shape for every cluster.
      const { size, sumSquared, daySum, dated, backgroundSum } = seed;
      return { members: [item], size, sum: new TermSums(vector), sumSquared, daySum, dated, backgroundSum, version: 0 };
    }
    let sumSquared = 0;
    for (const weight of vector.weights) sumSquared += weight ** 2;
    const day = days[item] ?? null;
    return {
      members: [item],
      size: 1,
      sum: new TermSums(vector),
      sumSquared,
      daySum: day ?? 0,
      dated: day === null ? 0 : 1,
      backgroundSum: options.backgrounds?.[item] ?? 0,
      version: 0,
    };
  });
  // Clusters joined by at least one edge of the graph, with the dot product of their sums.
  const links = new LinkGraph(vectors.length, edges);
  const linkOf = new Int32Array(vectors.length);
  const meanDay = (cluster: ClusterState): number | null =>
    cluster.dated === 0 ? null : cluster.daySum / cluster.dated;
  const cohesion = (cluster: ClusterState): number => {
    const size = cluster.size;
    const pairs = (size * (size - 1)) / 2;
    const inside = (cluster.sumSquared - size) / 2;
    return (inside + options.priorCohesion * options.priorPairs) / (pairs + options.priorPairs);
  };
  const scratch = termScratch(termBound(vectors));
  const heap = new PairHeap();
  const pushPair = (x: number, y: number, sumDot: number): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const first = clusters[a]!;
    const second = clusters[b]!;
    const factor = options.timeFactor === undefined ? 1 : options.timeFactor(meanDay(first), meanDay(second));
    const score = (sumDot / (first.size * second.size)) * factor;
    if (score >= options.minSimilarity) heap.push({ score, a, b, versionA: first.version, versionB: second.version });
  };
  for (const { a, b, cosine } of edges) pushPair(a, b, cosine);

  const entry: PairEntry = { score: 0, a: 0, b: 0, versionA: 0, versionB: 0 };
  while (heap.pop(entry)) {
    const first = clusters[entry.a];
    const second = clusters[entry.b];
    if (first === undefined || second === undefined) continue;
    if (first.version !== entry.versionA || second.version !== entry.versionB) continue;
    if (entry.score < options.relativeSimilarity * Math.min(cohesion(first), cohesion(second))) continue;
    // Mean background of the articles (a seed stands for `size` of them).
    if (entry.score < (first.backgroundSum + second.backgroundSum) / (first.size + second.size)) continue;
    // Merge the smaller cluster into the larger (ties: into the smaller number), whose number the merged cluster keeps.
    const [keep, drop] = second.sum.size > first.sum.size ? [entry.b, entry.a] : [entry.a, entry.b];
    const kept = clusters[keep]!;
    const dropped = clusters[drop]!;
    // Dot products are linear in the sums: the merged cluster's is the sum of its parts', computed
    // from the vectors only for a neighbour that one part had no link to.
    const across = mergeLinks(clusters, links, linkOf, keep, drop, options.minSimilarity * LINK_FLOOR, scratch);
    kept.sum.addAll(dropped.sum);
    kept.sumSquared += dropped.sumSquared + 2 * across;
    for (const member of dropped.members) kept.members.push(member);
    kept.size += dropped.size;
    kept.daySum += dropped.daySum;
    kept.dated += dropped.dated;
    kept.backgroundSum += dropped.backgroundSum;
    kept.version++;
    clusters[drop] = undefined;
    for (const record of links.linksOf(keep)) pushPair(keep, links.otherEnd(record, keep), links.values[record]!);
  }
  return clusters
    .filter((cluster): cluster is ClusterState => cluster !== undefined)
    .map((cluster) => cluster.members.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}
