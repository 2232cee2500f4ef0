import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { BackgroundMemo } from "./background-memo.js";
import { clusterSubset, clusterWholeIndexWith, sortStories, wholeIndexNearest } from "./cluster-subset.js";
import { clusterWithKeptStories } from "./cluster-with-kept-stories.js";
import type { NeighborSearch } from "./neighbor-graph.js";
import {
  type ClusterFeatures,
  DEFAULT_STORY_CLUSTERER_OPTIONS,
  type StoryClustererOptions,
  toClusterFeatures,
} from "./story-clusterer-options.js";
import { storyTerms, visitStoryTerms } from "./story-terms.js";
import { createTermIndex } from "./term-index.js";
import { dayNumber } from "./time-proximity.js";

/** The clustering features of one article (what `add` computes; `addFeatures` takes them back). */
export function clusterFeatures(doc: AnalyzedArticle, options: Partial<StoryClustererOptions> = {}): ClusterFeatures {
  const titleWeight = options.titleWeight ?? DEFAULT_STORY_CLUSTERER_OPTIONS.titleWeight;
  return toClusterFeatures(dayNumber(doc.article.publishedAt), storyTerms(doc, { titleWeight }));
}

/** Groups articles into stories, one article at a time; `clusters()` is the same whatever the order of `add`. */
export interface StoryClusterer {
  /** Adds an article (or replaces the one with the same id). */
  add(doc: AnalyzedArticle): void;
  /** Adds an article from its stored features (see `clusterFeatures`), without its text. */
  addFeatures(id: ArticleId, features: ClusterFeatures): void;
  /** Forgets an article; false when it was not there. */
  remove(id: ArticleId): boolean;
  /**
   * Every article in exactly one story: ids sorted, stories from largest to smallest (then by first
   * id). Recomputed over every article when articles were added or removed since the stories were
   * last computed (deterministic whatever the order of `add`); else the current stories, which after
   * `update()` or `restore()` may differ a little from a recomputation (see `recluster()`).
   */
  clusters(): ArticleId[][];
  /**
   * `clusters()` with the neighbour search run by `search` (e.g. on worker threads): the same stories.
   * Nothing may be added or removed until it resolves.
   */
  clustersWith(search: NeighborSearch): Promise<ArticleId[][]>;
  /**
   * Recomputes every story over every article, as a fresh clusterer given the same articles would
   * (undoing the drift of many `update()`s), and says what changed since the stories last computed
   * or restored.
   */
  recluster(): StoryUpdate;
  /** `recluster()` with the neighbour search run by `search` (see `clustersWith`). */
  reclusterWith(search: NeighborSearch): Promise<StoryUpdate>;
  /**
   * `update()`, with the neighbour search run by `search` when it recomputes every story (a large
   * batch added); the same stories. Nothing may be added or removed until it resolves.
   */
  updateWith(search: NeighborSearch): Promise<StoryUpdate>;
  /**
   * Brings the stories up to date after the articles added since the last `clusters()` or `update()`,
   * recomputing only the stories that their nearest neighbours belong to, those at least
   * `minSimilarity` near (the others are kept as they were). Beyond `REGION_BOUND` articles, the largest of those stories are kept whole and the new
   * articles join them or not by average-link's own merge test (see `clusterWithKeptStories`): the
   * cost grows with the articles added, neither with the corpus nor with the stories they touch.
   * Returns the stories that appeared and those that no longer exist. Close to what `clusters()`
   * gives, not always identical: call `clusters()` from time to time to recompute everything.
   */
  update(): StoryUpdate;
  /**
   * Takes these stories as the last computed ones (e.g. read back from a store), so that `update()`
   * starts from them; known articles in none of them count as added since.
   */
  restore(stories: readonly (readonly ArticleId[])[]): void;
  /** The current story (last computed) holding this article, or undefined. */
  storyOf(id: ArticleId): ArticleId[] | undefined;
  /**
   * Finds, in one whole-index neighbour search (run by `search` when given), the nearest similarities
   * of the articles whose backgrounds are not known yet (all of them after `restore`), which `update()`
   * would otherwise search one by one for every article of the stories it reclusters, and builds the
   * inverted index an update's first search needs: a long-lived clusterer's first updates then cost
   * what later ones do. Nothing may be added or removed until it
   * resolves. Returns how many articles it found them for (0: none was missing, no search run).
   */
  warmBackgrounds(search?: NeighborSearch): Promise<number>;
  readonly size: number;
}

export interface StoryUpdate {
  /** Stories that are new or whose membership changed (ids sorted). */
  changed: ArticleId[][];
  /** Stories (as they were) that no longer exist as such. */
  gone: ArticleId[][];
}

/** Above this many articles added (or this share of the corpus), `update()` recomputes everything. */
const FULL_UPDATE_MIN = 500;
const FULL_UPDATE_SHARE = 0.2;

/**
 * Most articles (added ones included) that `update()` reclusters from scratch. Touched stories are
 * taken into that region from the smallest while they fit; larger ones are kept whole (see
 * `clusterWithKeptStories`). Reclustering 150 articles takes 5–10 ms, where a whole 600–900-article
 * story of near-identical Reuters earnings reports took 35–40 ms per add; and such a story gains
 * little from being redone, as one more near-copy does not split it. With 10,000 Reuters articles
 * held, 1,000 adds one by one leave stories as close to a fresh `clusters()` (B-cubed F1 0.885) as
 * reclustering every touched story did (0.895), at a quarter to half of the cost per add.
 */
export const REGION_BOUND = 150;

/**
 * The touched stories to keep whole: none when they fit in `REGION_BOUND` with the added articles,
 * else those left over once the smallest (then by first id) have filled it.
 */
function keptStories(added: number, touched: readonly ArticleId[][]): ArticleId[][] {
  let size = added;
  for (const group of touched) size += group.length;
  if (size <= REGION_BOUND) return [];
  size = added;
  const kept: ArticleId[][] = [];
  const smallestFirst = [...touched].sort((x, y) => x.length - y.length || (x[0]! < y[0]! ? -1 : 1));
  for (const group of smallestFirst) {
    if (size + group.length > REGION_BOUND) kept.push(group);
    else size += group.length;
  }
  return kept;
}

export function createStoryClusterer(options: Partial<StoryClustererOptions> = {}): StoryClusterer {
  const settings: StoryClustererOptions = { ...DEFAULT_STORY_CLUSTERER_OPTIONS, ...options };
  const index = createTermIndex(settings);
  const backgrounds = new BackgroundMemo(index, settings.neighbors);
  /** The stories last computed (by `clusters()` or `update()`), by number, and the articles added since. */
  let stories: Map<number, ArticleId[]> | null = null;
  const storyOf = new Map<ArticleId, number>();
  let nextStory = 0;
  const pending = new Set<ArticleId>();
  let removedSince = false;

  const place = (group: ArticleId[]): void => {
    const number = nextStory++;
    stories!.set(number, group);
    for (const id of group) storyOf.set(id, number);
  };
  /** Takes `groups` (every article's story, computed over the whole index) as the stories; what changed. */
  const replaceAll = (groups: readonly ArticleId[][], previous: readonly ArticleId[][]): StoryUpdate => {
    stories = new Map();
    storyOf.clear();
    for (const group of groups) place(group);
    pending.clear();
    removedSince = false;
    const key = (group: readonly ArticleId[]) => group.join(",");
    const now = new Set([...stories.values()].map(key));
    const was = new Set(previous.map(key));
    return {
      changed: sortStories([...stories.values()].filter((group) => !was.has(key(group)))),
      gone: previous.filter((group) => !now.has(key(group))),
    };
  };
  const recomputeAll = (): StoryUpdate => {
    const previous = stories === null ? [] : [...stories.values()];
    backgrounds.clear();
    return replaceAll(clusterSubset(index, index.allIds(), settings, backgrounds), previous);
  };
  const recomputeAllWith = async (search: NeighborSearch): Promise<StoryUpdate> => {
    const previous = stories === null ? [] : [...stories.values()];
    backgrounds.clear();
    return replaceAll(await clusterWholeIndexWith(index, settings, search, backgrounds), previous);
  };
  /** Whether stories must be recomputed before they are read: none yet, or articles added or removed since. */
  const isStale = (): boolean => stories === null || pending.size > 0 || removedSince;
  /** Whether `update()` recomputes everything rather than the touched stories. */
  const needsFullUpdate = (): boolean =>
    stories === null || removedSince || pending.size > Math.max(FULL_UPDATE_MIN, index.size * FULL_UPDATE_SHARE);

  const replaced = (id: ArticleId): void => {
    if (index.remove(id)) removedSince = true;
    backgrounds.forget(id);
    pending.add(id);
  };

  return {
    add(doc: AnalyzedArticle): void {
      replaced(doc.article.id);
      // As `addFeatures(id, clusterFeatures(doc))`, counting the features straight into the index.
      const titleWeight = settings.titleWeight;
      index.addVisited(doc.article.id, dayNumber(doc.article.publishedAt), (visit) =>
        visitStoryTerms(doc, { titleWeight }, visit),
      );
    },
    addFeatures(id: ArticleId, features: ClusterFeatures): void {
      replaced(id);
      index.add(id, features);
    },
    remove(id: ArticleId): boolean {
      if (!index.remove(id)) return false;
      pending.delete(id);
      backgrounds.forget(id);
      removedSince = true;
      return true;
    },
    clusters(): ArticleId[][] {
      if (isStale()) recomputeAll();
      return sortStories([...stories!.values()].map((group) => [...group]));
    },
    async clustersWith(search: NeighborSearch): Promise<ArticleId[][]> {
      if (isStale()) await recomputeAllWith(search);
      return sortStories([...stories!.values()].map((group) => [...group]));
    },
    recluster: () => recomputeAll(),
    reclusterWith: (search) => recomputeAllWith(search),
    updateWith(search: NeighborSearch): Promise<StoryUpdate> {
      return needsFullUpdate() ? recomputeAllWith(search) : Promise.resolve(this.update());
    },
    update(): StoryUpdate {
      if (stories === null || needsFullUpdate()) return recomputeAll();
      const region = new Set<ArticleId>(pending);
      const touched = new Set<number>();
      for (const id of pending) {
        const found = index.neighborsOf(id, pending);
        // Alone, an added article's neighbours other than those added are its nearest in the whole index.
        if (pending.size === 1) backgrounds.setNearest(id, found);
        for (const { other: neighbor, similarity } of found) {
          // The added article may be among its k nearest now.
          backgrounds.neighborAdded(neighbor, similarity);
          // A story joins the newcomer only at an average similarity of `minSimilarity` or more, so
          // not when none of its members is that near: it is kept as it is, not reclustered. (OrangeSum
          // with 36k held: update median 8.1 → 4.0 ms; the "one at a time" evals within ±0.013.)
          if (similarity < settings.minSimilarity) continue;
          const story = storyOf.get(neighbor);
          if (story !== undefined) touched.add(story);
        }
      }
      const gone: ArticleId[][] = [];
      for (const story of touched) {
        gone.push(stories.get(story)!);
        stories.delete(story);
      }
      const kept = keptStories(pending.size, gone);
      const keptSet = new Set(kept);
      for (const group of gone) if (!keptSet.has(group)) for (const member of group) region.add(member);
      const regrouped =
        kept.length === 0
          ? clusterSubset(index, [...region], settings, backgrounds)
          : clusterWithKeptStories(index, [...region], kept, settings, backgrounds);
      for (const group of regrouped) place(group);
      pending.clear();
      const key = (group: readonly ArticleId[]) => group.join(",");
      const was = new Set(gone.map(key));
      const now = new Set(regrouped.map(key));
      return {
        changed: sortStories(regrouped.filter((group) => !was.has(key(group)))),
        gone: gone.filter((group) => !now.has(key(group))),
      };
    },
    restore(groups: readonly (readonly ArticleId[])[]): void {
      stories = new Map();
      storyOf.clear();
      pending.clear();
      removedSince = false;
      for (const group of groups) {
        const known = group.filter((id) => index.get(id) !== undefined);
        if (known.length > 0) place([...known].sort());
      }
      for (const id of index.allIds()) if (!storyOf.has(id)) pending.add(id);
    },
    storyOf(id: ArticleId): ArticleId[] | undefined {
      const number = storyOf.get(id);
      return number === undefined ? undefined : stories?.get(number);
    },
    async warmBackgrounds(search?: NeighborSearch): Promise<number> {
      index.buildPostings();
      if (index.allIds().every((id) => backgrounds.has(id))) return 0;
      const { ids, nearest } = await wholeIndexNearest(index, settings, search);
      return backgrounds.fillMissing(ids, nearest);
    },
    get size(): number {
      return index.size;
    },
  };
}

export { type ClusterFeatures, DEFAULT_STORY_CLUSTERER_OPTIONS, type StoryClustererOptions };
