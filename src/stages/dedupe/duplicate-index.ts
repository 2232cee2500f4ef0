import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { estimateJaccard, minHashSignature } from "./min-hash.js";
import { mix32, wordShingles } from "./word-shingles.js";

export interface DuplicateIndexOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash positions (a divisor of 256). */
  hashes: number;
  /** Positions per LSH band: two articles are compared when they agree on every position of one band. */
  bandRows: number;
  /** Near-copies: estimated Jaccard similarity of their shingle sets at least this. */
  minJaccard: number;
  /** ... or the shorter one's shingles are at least this share in the longer one (truncated copies). */
  minContainment: number;
  /** Containment is only trusted above this estimated Jaccard similarity. */
  containmentFloor: number;
  /** Candidates verified per added article (most band agreements first). */
  maxCandidates: number;
}

export const DEFAULT_DUPLICATE_INDEX_OPTIONS: DuplicateIndexOptions = {
  shingleSize: 5,
  hashes: 128,
  bandRows: 3,
  minJaccard: 0.5,
  minContainment: 0.8,
  containmentFloor: 0.15,
  maxCandidates: 50,
};

/** What the index keeps of one article's text: its MinHash signature and how many shingles it had. */
export interface DuplicateFeatures {
  signature: Uint32Array;
  shingles: number;
}

/** The duplicate-detection features of one article (what `add` computes; `addFeatures` takes them back). */
export function duplicateFeatures(
  doc: AnalyzedArticle,
  options: Partial<DuplicateIndexOptions> = {},
): DuplicateFeatures {
  const settings: DuplicateIndexOptions = { ...DEFAULT_DUPLICATE_INDEX_OPTIONS, ...options };
  const shingles = wordShingles(doc.segmented.tokens, settings.shingleSize);
  return { signature: minHashSignature(shingles, settings.hashes), shingles: shingles.length };
}

/** Finds near-copies among articles added one at a time; the result does not depend on the order. */
export interface DuplicateIndex {
  /** Adds an article; returns the earliest article of its near-copy group when that is another one, else null. */
  add(doc: AnalyzedArticle): ArticleId | null;
  /** Adds an article from its stored features (see `duplicateFeatures`); returns as `add` does. */
  addFeatures(article: Pick<Article, "id" | "publishedAt">, features: DuplicateFeatures): ArticleId | null;
  /** Every article of the near-copy group of `id` (itself alone when it copies nothing), or [] when unknown. */
  groupOf(id: ArticleId): ArticleId[];
  /** The earliest article of the group of `id` when that is another one, else null. */
  earliestOf(id: ArticleId): ArticleId | null;
  /** Article → the earliest article of its group (publishedAt, then id), for every article that has one. */
  duplicates(): Map<ArticleId, ArticleId>;
  readonly size: number;
}

interface Entry {
  id: ArticleId;
  publishedAt: string | null;
  signature: Uint32Array;
  shingles: number;
  /** Union-find parent (an index into entries); itself for a group's representative. */
  parent: number;
  /** For a representative: the index of the group's earliest article. */
  earliest: number;
  /** For a representative: the indexes of the group's members. */
  members: number[];
}

/** True when `a` is earlier than `b`: dated before undated, then by date, then by id. */
function isEarlier(a: Pick<Article, "id" | "publishedAt">, b: Pick<Article, "id" | "publishedAt">): boolean {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return false;
    if (b.publishedAt === null) return true;
    return a.publishedAt < b.publishedAt;
  }
  return a.id < b.id;
}

export function createDuplicateIndex(options: Partial<DuplicateIndexOptions> = {}): DuplicateIndex {
  const settings: DuplicateIndexOptions = { ...DEFAULT_DUPLICATE_INDEX_OPTIONS, ...options };
  const bands = Math.floor(settings.hashes / settings.bandRows);
  const entries: Entry[] = [];
  const byId = new Map<ArticleId, number>();
  /** Band key → entry index, or the list of them when several share it. */
  const buckets = new Map<number, number | number[]>();

  const find = (index: number): number => {
    let root = index;
    while (entries[root]!.parent !== root) root = entries[root]!.parent;
    for (let at = index; entries[at]!.parent !== root; ) {
      const next = entries[at]!.parent;
      entries[at]!.parent = root;
      at = next;
    }
    return root;
  };

  const union = (x: number, y: number): void => {
    const [rootX, rootY] = [find(x), find(y)];
    if (rootX === rootY) return;
    const [keep, join] = rootX < rootY ? [rootX, rootY] : [rootY, rootX];
    entries[join]!.parent = keep;
    entries[keep]!.members = entries[keep]!.members.concat(entries[join]!.members);
    entries[join]!.members = [];
    const [earliestKeep, earliestJoin] = [entries[entries[keep]!.earliest]!, entries[entries[join]!.earliest]!];
    if (isEarlier(earliestJoin, earliestKeep)) entries[keep]!.earliest = entries[join]!.earliest;
  };

  const bandKeys = (signature: Uint32Array): number[] => {
    const keys: number[] = [];
    for (let band = 0; band < bands; band++) {
      let hash = Math.imul(band + 1, 0x9e3779b1);
      for (let row = band * settings.bandRows; row < (band + 1) * settings.bandRows; row++) {
        hash = Math.imul(hash ^ signature[row]!, 0x01000193);
      }
      keys.push(mix32(hash));
    }
    return keys;
  };

  const isNearCopy = (a: Entry, b: Entry): boolean => {
    const jaccard = estimateJaccard(a.signature, b.signature);
    if (jaccard >= settings.minJaccard) return true;
    if (jaccard < settings.containmentFloor) return false;
    // |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the smaller set in the larger.
    const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
    return shared / Math.min(a.shingles, b.shingles) >= settings.minContainment;
  };

  const earliestOf = (index: number): ArticleId | null => {
    const earliest = entries[entries[find(index)]!.earliest]!;
    return earliest.id === entries[index]!.id ? null : earliest.id;
  };
  const addFeatures = (article: Pick<Article, "id" | "publishedAt">, features: DuplicateFeatures): ArticleId | null => {
    const known = byId.get(article.id);
    if (known !== undefined) return earliestOf(known);
    const index = entries.length;
    const entry: Entry = {
      id: article.id,
      publishedAt: article.publishedAt,
      signature: features.signature,
      shingles: features.shingles,
      parent: index,
      earliest: index,
      members: [index],
    };
    entries.push(entry);
    byId.set(entry.id, index);
    if (features.shingles === 0) return null;
    const agreements = new Map<number, number>();
    for (const key of bandKeys(entry.signature)) {
      const bucket = buckets.get(key);
      if (bucket === undefined) {
        buckets.set(key, index);
        continue;
      }
      const holders = typeof bucket === "number" ? [bucket] : bucket;
      for (const other of holders) agreements.set(other, (agreements.get(other) ?? 0) + 1);
      if (typeof bucket === "number") buckets.set(key, [bucket, index]);
      else bucket.push(index);
    }
    const candidates = [...agreements].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, settings.maxCandidates);
    for (const [other] of candidates) {
      if (find(other) !== find(index) && isNearCopy(entry, entries[other]!)) union(index, other);
    }
    return earliestOf(index);
  };
  return {
    add(doc: AnalyzedArticle): ArticleId | null {
      const known = byId.get(doc.article.id);
      if (known !== undefined) return earliestOf(known);
      return addFeatures(doc.article, duplicateFeatures(doc, settings));
    },
    addFeatures,
    groupOf(id: ArticleId): ArticleId[] {
      const index = byId.get(id);
      if (index === undefined) return [];
      return entries[find(index)]!.members.map((member) => entries[member]!.id);
    },
    earliestOf(id: ArticleId): ArticleId | null {
      const index = byId.get(id);
      return index === undefined ? null : earliestOf(index);
    },
    duplicates(): Map<ArticleId, ArticleId> {
      const result = new Map<ArticleId, ArticleId>();
      const sorted = entries.map((_, index) => index).sort((x, y) => (entries[x]!.id < entries[y]!.id ? -1 : 1));
      for (const index of sorted) {
        const earliest = entries[entries[find(index)]!.earliest]!;
        if (earliest.id !== entries[index]!.id) result.set(entries[index]!.id, earliest.id);
      }
      return result;
    },

    get size(): number {
      return entries.length;
    },
  };
}
