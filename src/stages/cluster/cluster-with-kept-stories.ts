import type { ArticleId } from "../../domain/ids.js";
import type { SparseVector } from "../../similarity/sparse-vector.js";
import { averageLinkClusters, type ClusterSeed } from "./average-link.js";
import type { BackgroundMemo } from "./background-memo.js";
import { scatteredDot } from "./nearest-neighbors.js";
import { neighborGraph } from "./neighbor-graph.js";
import type { StoredArticle } from "./stored-article.js";
import type { StoryClustererOptions } from "./story-clusterer-options.js";
import type { TermIndex } from "./term-index.js";
import { termBound, termScratch } from "./term-scratch.js";
import { timeProximity } from "./time-proximity.js";

/**
 * Members of a kept story whose vectors stand for all of them. The average similarity of a newcomer
 * to the story is estimated from them: with 64 members, its standard error is an eighth of the
 * spread of the similarities to single members, well inside the margin by which a near-copy clears
 * the merge threshold (0.1) or the cohesion test. Measured: 1,000 Reuters adds with the whole story
 * summed instead give the same stories but for a few articles (B-cubed F1 against a fresh
 * `clusters()` 0.8852 with whole sums, 0.8851 with samples).
 */
export const KEPT_STORY_SAMPLE = 64;

/**
 * Members of a kept story whose backgrounds (similarity of their k-th neighbour in the whole index,
 * one neighbour search each) stand for the story's mean background in the merge test.
 */
const BACKGROUND_SAMPLE = 8;

const byId = (x: StoredArticle, y: StoredArticle): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * `size` members spread evenly over the story's sorted ids, or all of them. Ids are hashes, so this
 * is a fair sample, and it depends only on the story's membership.
 */
function sampleOf(story: readonly ArticleId[], size: number): readonly ArticleId[] {
  if (story.length <= size) return story;
  return Array.from({ length: size }, (_, k) => story[Math.floor((k * story.length) / size)]!);
}

/**
 * The vector and seed of the item that stands for a kept story in average-link: the sum of its
 * sample's vectors scaled up to the story's size (so its dot product with a vector is the story's
 * size times the estimated average similarity), and a squared length giving the sample's average
 * pairwise similarity as the story's cohesion (exact when the sample is the whole story). The scaled
 * sum is left spread out in `spread` (by term), for the caller to read and clear.
 */
function keptStoryItem(
  story: readonly ArticleId[],
  sample: readonly SparseVector[],
  index: TermIndex,
  memo: BackgroundMemo,
  spread: Float64Array,
): { vector: SparseVector; seed: ClusterSeed } {
  const used: number[] = [];
  for (const { terms, weights } of sample) {
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      if (spread[term] === 0) used.push(term);
      spread[term]! += weights[k]!;
    }
  }
  const terms = Int32Array.from(used).sort();
  const weights = new Float64Array(terms.length);
  const scale = story.length / sample.length;
  let sampleSquared = 0;
  terms.forEach((term, k) => {
    const value = spread[term]!;
    sampleSquared += value * value;
    weights[k] = value * scale;
    spread[term] = weights[k]!;
  });
  // |sum|² = n + 2 × (sum of pairwise similarities); the sample's average pair stands for the story's.
  const [n, s] = [story.length, sample.length];
  const sumSquared = s === n || s < 2 ? sampleSquared : n + ((sampleSquared - s) / (s * (s - 1))) * n * (n - 1);
  let daySum = 0;
  let dated = 0;
  for (const id of story) {
    const day = index.get(id)!.day;
    if (day !== null) {
      daySum += day;
      dated++;
    }
  }
  const backgroundSample = sampleOf(story, BACKGROUND_SAMPLE);
  let background = 0;
  for (const id of backgroundSample) background += memo.of(id);
  const backgroundSum = (background / backgroundSample.length) * n;
  return { vector: { terms, weights }, seed: { size: n, sumSquared, daySum, dated, backgroundSum } };
}

/**
 * Clusters `ids` as `clusterSubset` does, next to stories kept whole: each kept story enters
 * average-link as one item that stands for all its members (see `keptStoryItem`), linked to every
 * article whose similarity to it (estimated average similarity × time proximity of the mean days)
 * reaches the graph's floor. Articles then join a kept story by the very test that merges two
 * clusters (best pairs first, average similarity at least `minSimilarity` and at least
 * `relativeSimilarity` × the looser cohesion), so an incremental update decides as a full
 * recomputation would, at a cost set by the articles and the sample size, not the stories' sizes.
 * Kept stories are never split; one may absorb articles or another kept story. Returns the groups
 * (ids sorted) covering `ids` and every kept story's members.
 */
export function clusterWithKeptStories(
  index: TermIndex,
  ids: readonly ArticleId[],
  kept: readonly (readonly ArticleId[])[],
  settings: StoryClustererOptions,
  memo: BackgroundMemo,
  sampleSize = KEPT_STORY_SAMPLE,
): ArticleId[][] {
  const free = ids.map((id) => index.get(id)!).sort(byId);
  const samples = kept.map((story) => sampleOf(story, sampleSize).map((id) => index.get(id)!));
  const vectors = index.localVectorsOf([...free, ...samples.flat()]);
  const items = vectors.slice(0, free.length);
  const days: (number | null)[] = free.map((stored) => stored.day);
  const edges = neighborGraph(items, days, settings);
  const spread = termScratch(termBound(vectors)).weights;
  const seeds: (ClusterSeed | undefined)[] = [];
  let at = free.length;
  kept.forEach((story, k) => {
    const sample = vectors.slice(at, at + samples[k]!.length);
    at += sample.length;
    const { vector, seed } = keptStoryItem(story, sample, index, memo, spread);
    const item = items.length;
    const meanDay = seed.dated === 0 ? null : seed.daySum / seed.dated;
    for (let other = 0; other < free.length; other++) {
      const cosine = scatteredDot(spread, items[other]!);
      const similarity = (cosine / story.length) * timeProximity(meanDay, days[other]!);
      if (similarity >= settings.minSimilarity / 2) edges.push({ a: other, b: item, cosine, similarity });
    }
    for (const term of vector.terms) spread[term] = 0;
    items.push(vector);
    days.push(meanDay);
    seeds[item] = seed;
  });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  // Backgrounds from the whole index, as `clusterSubset` takes them for a part of it (kept stories: their seeds').
  const backgrounds = new Float64Array(items.length);
  free.forEach((stored, item) => {
    backgrounds[item] = memo.of(stored.id);
  });
  const groups = averageLinkClusters(
    items,
    days,
    edges,
    { ...settings, timeFactor: timeProximity, backgrounds },
    seeds,
  );
  return groups.map((group) => {
    const members: ArticleId[] = [];
    for (const item of group) {
      if (item < free.length) members.push(free[item]!.id);
      else for (const id of kept[item - free.length]!) members.push(id);
    }
    // Items come in id order, then whole kept stories: sorting is needed only when one is there.
    return group[group.length - 1]! < free.length ? members : members.sort();
  });
}
