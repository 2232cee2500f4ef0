import type { SimilarityEdge } from "./nearest-neighbors.js";
import { PairHeap } from "./pair-heap.js";
import type { SparseVector } from "./sparse-vector.js";

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
}

/** Share of `minSimilarity` under which a link between clusters is forgotten. */
const LINK_FLOOR = 0.25;

interface ClusterState {
  members: number[];
  /** Sum of the members' unit vectors: the average pairwise cosine follows from dot products of sums. */
  sum: Map<number, number>;
  /** Squared length of `sum`. */
  sumSquared: number;
  /** Clusters joined to this one by at least one edge of the graph → dot product of the two sums. */
  links: Map<number, number>;
  daySum: number;
  dated: number;
  version: number;
}

function dot(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) total += weight * other;
  }
  return total;
}

/**
 * Average-link agglomerative clustering of unit vectors, over the pairs of clusters that a sparse
 * neighbour graph joins: best pairs first, merged while they pass both the absolute and the
 * cohesion-relative test. Average similarities are exact (dot products of vector sums), so they do
 * not depend on how many neighbours the graph kept. The result depends only on the inputs:
 * clusters as sorted item lists, ordered by their first item.
 */
export function averageLinkClusters(
  vectors: readonly SparseVector[],
  days: readonly (number | null)[],
  edges: readonly SimilarityEdge[],
  options: AverageLinkOptions,
): number[][] {
  const clusters: (ClusterState | undefined)[] = vectors.map((vector, item) => {
    const sum = new Map<number, number>();
    let sumSquared = 0;
    vector.terms.forEach((term, k) => {
      sum.set(term, vector.weights[k]!);
      sumSquared += vector.weights[k]! ** 2;
    });
    const day = days[item] ?? null;
    return {
      members: [item],
      sum,
      sumSquared,
      links: new Map(),
      daySum: day ?? 0,
      dated: day === null ? 0 : 1,
      version: 0,
    };
  });
  for (const { a, b, cosine } of edges) {
    clusters[a]!.links.set(b, cosine);
    clusters[b]!.links.set(a, cosine);
  }
  const meanDay = (cluster: ClusterState): number | null =>
    cluster.dated === 0 ? null : cluster.daySum / cluster.dated;
  const cohesion = (cluster: ClusterState): number => {
    const size = cluster.members.length;
    const pairs = (size * (size - 1)) / 2;
    const inside = (cluster.sumSquared - size) / 2;
    return (inside + options.priorCohesion * options.priorPairs) / (pairs + options.priorPairs);
  };
  const heap = new PairHeap();
  const pushPair = (x: number, y: number, sumDot: number): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const first = clusters[a]!;
    const second = clusters[b]!;
    const factor = options.timeFactor === undefined ? 1 : options.timeFactor(meanDay(first), meanDay(second));
    const score = (sumDot / (first.members.length * second.members.length)) * factor;
    if (score >= options.minSimilarity) heap.push({ score, a, b, versionA: first.version, versionB: second.version });
  };
  clusters.forEach((cluster, index) => {
    for (const [other, sumDot] of cluster!.links) if (index < other) pushPair(index, other, sumDot);
  });

  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    const first = clusters[entry.a];
    const second = clusters[entry.b];
    if (first === undefined || second === undefined) continue;
    if (first.version !== entry.versionA || second.version !== entry.versionB) continue;
    if (entry.score < options.relativeSimilarity * Math.min(cohesion(first), cohesion(second))) continue;
    // Merge the smaller cluster into the larger (ties: into the smaller number), whose number the merged cluster keeps.
    const [keep, drop] = second.sum.size > first.sum.size ? [entry.b, entry.a] : [entry.a, entry.b];
    const kept = clusters[keep]!;
    const dropped = clusters[drop]!;
    // Dot products are linear in the sums: the merged cluster's is the sum of its parts', computed
    // from the vectors only for a neighbour that one part had no link to.
    const across = kept.links.get(drop)!;
    kept.links.delete(drop);
    dropped.links.delete(keep);
    // Links whose average falls far below the threshold are dropped; one comes back exact if a later
    // partner links to the same cluster.
    const size = kept.members.length + dropped.members.length;
    const merged = new Map<number, number>();
    for (const other of new Set([...kept.links.keys(), ...dropped.links.keys()])) {
      const otherCluster = clusters[other]!;
      const value =
        (kept.links.get(other) ?? dot(kept.sum, otherCluster.sum)) +
        (dropped.links.get(other) ?? dot(dropped.sum, otherCluster.sum));
      otherCluster.links.delete(drop);
      if (value / (size * otherCluster.members.length) < options.minSimilarity * LINK_FLOOR) {
        otherCluster.links.delete(keep);
        continue;
      }
      merged.set(other, value);
      otherCluster.links.set(keep, value);
    }
    kept.links = merged;
    for (const [term, weight] of dropped.sum) kept.sum.set(term, (kept.sum.get(term) ?? 0) + weight);
    kept.sumSquared += dropped.sumSquared + 2 * across;
    kept.members = kept.members.concat(dropped.members);
    kept.daySum += dropped.daySum;
    kept.dated += dropped.dated;
    kept.version++;
    clusters[drop] = undefined;
    for (const [other, sumDot] of kept.links) pushPair(keep, other, sumDot);
  }
  return clusters
    .filter((cluster): cluster is ClusterState => cluster !== undefined)
    .map((cluster) => cluster.members.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}
