import type { Article } from "../domain/article.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId } from "../domain/ids.js";
import {
  type ClusterFeatures,
  clusterFeatures,
  createStoryClusterer,
  FEATURE_SEPARATOR,
  type NeighborSearch,
} from "../stages/cluster/index.js";
import { createDuplicateIndex, type DuplicateFeatures, duplicateFeatures } from "../stages/dedupe/index.js";

/**
 * The version of the stored features: features of another version are computed again from the
 * stored text when a store is loaded (see `storyEngineFor`). 2: lines in capitals give no name
 * features (templated wire reports were lumped together by them). 3: a date's day gives no number
 * feature (see `isDayOfMonth`). 4: the same features, written as one string and one list of counts
 * rather than a pair each. 5: the letters glued to a number ("rd" of "3RD QTR", "e" of "3e") give no
 * feature (see `isNumberSuffix`). 6: English's possessive is no part of a word ("Greece's" is "Greece",
 * see `FINAL_CLITICS`).
 */
export const FEATURES_VERSION = 6;

/** Per-article features kept in the store (`putFeatures`), so stored articles are never segmented again. */
export interface StoredFeatures {
  version: typeof FEATURES_VERSION;
  publishedAt: string | null;
  cluster: ClusterFeatures;
  /** MinHash signature, base64 of its little-endian 32-bit values. */
  signature: string;
  shingles: number;
}

export function storedFeatures(doc: AnalyzedArticle): StoredFeatures {
  return toStoredFeatures(doc.article.publishedAt, clusterFeatures(doc), duplicateFeatures(doc));
}

/** The stored form of features computed elsewhere (e.g. on a worker thread). */
export function toStoredFeatures(
  publishedAt: string | null,
  cluster: ClusterFeatures,
  duplicate: DuplicateFeatures,
): StoredFeatures {
  const { signature } = duplicate;
  return {
    version: FEATURES_VERSION,
    publishedAt,
    cluster,
    signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64"),
    shingles: duplicate.shingles,
  };
}

/** The JSON text a store keeps for `features` (see `Store.putFeatures`). */
export function storedFeaturesJson(features: StoredFeatures): string {
  return JSON.stringify(features);
}

/**
 * The features read back from a store's JSON text, or null when they are not this version of
 * recoupe's (`FEATURES_VERSION`) or not JSON at all (then computed again, as for an older store).
 */
export function parseStoredFeatures(json: string): StoredFeatures | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const features = value as Partial<StoredFeatures>;
  if (typeof features.signature !== "string" || typeof features.cluster !== "object" || features.cluster === null)
    return null;
  const cluster: unknown = features.cluster;
  if (features.version !== FEATURES_VERSION) return null;
  const { terms, counts } = cluster as Partial<ClusterFeatures>;
  if (typeof terms !== "string" || !Array.isArray(counts) || featureCount(terms) !== counts.length) return null;
  return features as StoredFeatures;
}

/** How many features `ClusterFeatures.terms` holds (without splitting it). */
function featureCount(terms: string): number {
  if (terms === "") return 0;
  let count = 1;
  for (let at = terms.indexOf(FEATURE_SEPARATOR); at !== -1; at = terms.indexOf(FEATURE_SEPARATOR, at + 1)) count++;
  return count;
}

function signatureOf(features: StoredFeatures): DuplicateFeatures {
  const bytes = Buffer.from(features.signature, "base64");
  const signature = new Uint32Array(bytes.byteLength / 4);
  for (let k = 0; k < signature.length; k++) signature[k] = bytes.readUInt32LE(k * 4);
  return { signature, shingles: features.shingles };
}

/** An article as the engine takes it: its id, date and stored features. */
export interface EngineEntry {
  article: Pick<Article, "id" | "publishedAt">;
  features: StoredFeatures;
}

/** What one `add` changed. */
export interface EngineUpdate {
  /** Stories that are new or whose membership changed (ids sorted). */
  changed: ArticleId[][];
  /** Stories (as they were) that no longer exist as such. */
  gone: ArticleId[][];
  /** Articles added before this call whose earliest near-copy changed → the new one (null: copies nothing now). */
  duplicateChanges: Map<ArticleId, ArticleId | null>;
}

/**
 * The long-lived state of story building: near-copy index and story clusterer over every article,
 * fed with compact features (never the text). Adding articles updates only the stories their nearest
 * neighbours belong to (see `StoryClusterer.update`); `recluster()` recomputes every story.
 */
export interface StoryEngine {
  readonly size: number;
  has(id: ArticleId): boolean;
  /**
   * Adds articles with their features; the features of an already known id are ignored. `entries` is
   * read once, in order, before anything else: a generator can make each entry as it is read (the
   * features of a large batch need not all exist as objects at once).
   */
  add(entries: Iterable<EngineEntry>): EngineUpdate;
  /**
   * Loads articles and the stories they were last in (read back from a store) without recomputing
   * any story; articles in none of them are clustered by the next `add`. `entries` as for `add`.
   */
  load(entries: Iterable<EngineEntry>, stories: readonly (readonly ArticleId[])[]): void;
  /** The earliest article `id` copies, or null. */
  duplicateOf(id: ArticleId): ArticleId | null;
  /** The current story holding `id`. */
  storyOf(id: ArticleId): ArticleId[] | undefined;
  /**
   * Every story recomputed over every article (deterministic whatever the order of adds), undoing the
   * drift of incremental adds; what changed since the stories last computed or loaded.
   */
  recluster(): EngineUpdate;
  /** `add`, with the neighbour search run by `search` when every story is recomputed (see `StoryClusterer.updateWith`). */
  addWith(entries: Iterable<EngineEntry>, search: NeighborSearch): Promise<EngineUpdate>;
  /** `recluster`, with the neighbour search run by `search`. */
  reclusterWith(search: NeighborSearch): Promise<EngineUpdate>;
  /**
   * Readies a loaded engine for small adds (see `StoryClusterer.warmBackgrounds`): one neighbour
   * search over every article, run by `search` when given, instead of one search per article as adds
   * first reach them. Changes no story; nothing may be added until it resolves.
   */
  warm(search?: NeighborSearch): Promise<number>;
}

export function createStoryEngine(): StoryEngine {
  const duplicates = createDuplicateIndex();
  const clusterer = createStoryClusterer();
  const known = new Set<ArticleId>();
  /** Articles that copy another, as last reported. */
  const reportedRoots = new Map<ArticleId, ArticleId>();
  /** Inserts the entries of ids not known yet; their ids. */
  const insert = (entries: Iterable<EngineEntry>): ArticleId[] => {
    const fresh: ArticleId[] = [];
    for (const { article, features } of entries) {
      if (known.has(article.id)) continue;
      known.add(article.id);
      fresh.push(article.id);
      duplicates.addFeatures(article, signatureOf(features));
      clusterer.addFeatures(article.id, features.cluster);
    }
    return fresh;
  };
  /** Inserts the new entries; articles added before whose earliest near-copy changed → the new one. */
  const insertAndReport = (entries: Iterable<EngineEntry>): Map<ArticleId, ArticleId | null> => {
    const freshIds = new Set(insert(entries));
    const duplicateChanges = new Map<ArticleId, ArticleId | null>();
    for (const id of freshIds) {
      for (const member of duplicates.groupOf(id)) {
        const root = duplicates.earliestOf(member);
        const before = reportedRoots.get(member) ?? null;
        if (root === null) reportedRoots.delete(member);
        else reportedRoots.set(member, root);
        if (!freshIds.has(member) && root !== before) duplicateChanges.set(member, root);
      }
    }
    return duplicateChanges;
  };
  return {
    get size(): number {
      return known.size;
    },
    has: (id) => known.has(id),
    add(entries) {
      const duplicateChanges = insertAndReport(entries);
      return { ...clusterer.update(), duplicateChanges };
    },
    async addWith(entries, search) {
      const duplicateChanges = insertAndReport(entries);
      return { ...(await clusterer.updateWith(search)), duplicateChanges };
    },
    load(entries, stories) {
      for (const id of insert(entries)) {
        const root = duplicates.earliestOf(id);
        if (root !== null) reportedRoots.set(id, root);
      }
      clusterer.restore(stories);
    },
    duplicateOf: (id) => duplicates.earliestOf(id),
    storyOf: (id) => clusterer.storyOf(id),
    recluster: () => ({ ...clusterer.recluster(), duplicateChanges: new Map() }),
    reclusterWith: async (search) => ({ ...(await clusterer.reclusterWith(search)), duplicateChanges: new Map() }),
    warm: (search) => clusterer.warmBackgrounds(search),
  };
}
