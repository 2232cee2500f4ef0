import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { BandBuckets } from "./band-buckets.js";
import { minHashSignature } from "./min-hash.js";
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

/** True when `a` is earlier than `b`: dated before undated, then by date, then by id. */
function isEarlier(a: Pick<Article, "id" | "publishedAt">, b: Pick<Article, "id" | "publishedAt">): boolean {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return false;
    if (b.publishedAt === null) return true;
    return a.publishedAt < b.publishedAt;
  }
  return a.id < b.id;
}

/** Signatures per chunk of storage. */
const SIGNATURE_CHUNK = 1024;

function grownInt32(array: Int32Array, length: number): Int32Array {
  if (length <= array.length) return array;
  const copy = new Int32Array(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}

export function createDuplicateIndex(options: Partial<DuplicateIndexOptions> = {}): DuplicateIndex {
  const settings: DuplicateIndexOptions = { ...DEFAULT_DUPLICATE_INDEX_OPTIONS, ...options };
  const { hashes, bandRows } = settings;
  const bands = Math.floor(hashes / bandRows);
  // One entry per article, its fields in parallel arrays (the signatures end to end, by chunks of
  // SIGNATURE_CHUNK entries: growing never copies them, nor leaves more than a chunk unused).
  const articles: Pick<Article, "id" | "publishedAt">[] = [];
  const signatureChunks: Uint32Array[] = [];
  const shingleCounts: number[] = [];
  /** Union-find parent (an entry); itself for a group's representative. */
  let parents: Int32Array = new Int32Array(1024);
  /** For a representative: the group's earliest article. */
  let earliests: Int32Array = new Int32Array(1024);
  /** The group's members as a list from its representative: next member (-1 at the end), and last member. */
  let nextMembers: Int32Array = new Int32Array(1024);
  let lastMembers: Int32Array = new Int32Array(1024);
  const byId = new Map<ArticleId, number>();
  const buckets = new BandBuckets(bands);
  /** Scratch: band agreements with the entry being added, by entry (zeros between adds). */
  let agreements: Int32Array = new Int32Array(1024);

  const find = (index: number): number => {
    let root = index;
    while (parents[root] !== root) root = parents[root]!;
    for (let at = index; parents[at] !== root; ) {
      const next = parents[at]!;
      parents[at] = root;
      at = next;
    }
    return root;
  };

  const union = (x: number, y: number): void => {
    const [rootX, rootY] = [find(x), find(y)];
    if (rootX === rootY) return;
    const [keep, join] = rootX < rootY ? [rootX, rootY] : [rootY, rootX];
    parents[join] = keep;
    nextMembers[lastMembers[keep]!] = join;
    lastMembers[keep] = lastMembers[join]!;
    if (isEarlier(articles[earliests[join]!]!, articles[earliests[keep]!]!)) earliests[keep] = earliests[join]!;
  };

  const chunkOf = (index: number): Uint32Array => signatureChunks[Math.floor(index / SIGNATURE_CHUNK)]!;
  const startOf = (index: number): number => (index % SIGNATURE_CHUNK) * hashes;

  const bandKey = (index: number, band: number): number => {
    const [signature, from] = [chunkOf(index), startOf(index)];
    let hash = Math.imul(band + 1, 0x9e3779b1);
    for (let row = band * bandRows; row < (band + 1) * bandRows; row++) {
      hash = Math.imul(hash ^ signature[from + row]!, 0x01000193);
    }
    return mix32(hash);
  };

  /** Signatures of entries `a` and `b` agree at least as often as for near-copies. */
  const isNearCopy = (a: number, b: number): boolean => {
    const [signatureA, fromA, signatureB, fromB] = [chunkOf(a), startOf(a), chunkOf(b), startOf(b)];
    let same = 0;
    for (let row = 0; row < hashes; row++) if (signatureA[fromA + row] === signatureB[fromB + row]) same++;
    const jaccard = same / hashes;
    if (jaccard >= settings.minJaccard) return true;
    if (jaccard < settings.containmentFloor) return false;
    // |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the smaller set in the larger.
    const [shinglesA, shinglesB] = [shingleCounts[a]!, shingleCounts[b]!];
    const shared = (jaccard * (shinglesA + shinglesB)) / (1 + jaccard);
    return shared / Math.min(shinglesA, shinglesB) >= settings.minContainment;
  };

  const earliestOf = (index: number): ArticleId | null => {
    const earliest = articles[earliests[find(index)]!]!;
    return earliest.id === articles[index]!.id ? null : earliest.id;
  };

  const addFeatures = (article: Pick<Article, "id" | "publishedAt">, features: DuplicateFeatures): ArticleId | null => {
    const known = byId.get(article.id);
    if (known !== undefined) return earliestOf(known);
    const index = articles.length;
    articles.push({ id: article.id, publishedAt: article.publishedAt });
    shingleCounts.push(features.shingles);
    if (index % SIGNATURE_CHUNK === 0) signatureChunks.push(new Uint32Array(SIGNATURE_CHUNK * hashes));
    chunkOf(index).set(features.signature.subarray(0, hashes), startOf(index));
    parents = grownInt32(parents, index + 1);
    earliests = grownInt32(earliests, index + 1);
    nextMembers = grownInt32(nextMembers, index + 1);
    lastMembers = grownInt32(lastMembers, index + 1);
    agreements = grownInt32(agreements, index + 1);
    parents[index] = index;
    earliests[index] = index;
    nextMembers[index] = -1;
    lastMembers[index] = index;
    byId.set(article.id, index);
    if (features.shingles === 0) return null;
    const touched: number[] = [];
    const agree = (other: number): void => {
      if (agreements[other]!++ === 0) touched.push(other);
    };
    for (let band = 0; band < bands; band++) buckets.add(bandKey(index, band), index, band, agree);
    // Most band agreements first, then earlier entries.
    touched.sort((x, y) => agreements[y]! - agreements[x]! || x - y);
    for (const other of touched) agreements[other] = 0;
    for (const other of touched.slice(0, settings.maxCandidates)) {
      if (find(other) !== find(index) && isNearCopy(index, other)) union(index, other);
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
      const members: ArticleId[] = [];
      for (let member = find(index); member !== -1; member = nextMembers[member]!) members.push(articles[member]!.id);
      return members;
    },
    earliestOf(id: ArticleId): ArticleId | null {
      const index = byId.get(id);
      return index === undefined ? null : earliestOf(index);
    },
    duplicates(): Map<ArticleId, ArticleId> {
      // Copies are few: only they are sorted by id.
      const copies: [ArticleId, ArticleId][] = [];
      articles.forEach((article, index) => {
        const earliest = articles[earliests[find(index)]!]!;
        if (earliest.id !== article.id) copies.push([article.id, earliest.id]);
      });
      return new Map(copies.sort((x, y) => (x[0] < y[0] ? -1 : 1)));
    },

    get size(): number {
      return articles.length;
    },
  };
}
