import type { Token } from "../../../domain/text.js";

/** One quoted passage with what grouping needs. */
export interface VariantFeatures {
  article: string;
  text: string;
  speaker: string | null;
  /** Content stems of the quoted words (all words' stems when every word is a stopword). */
  stems: string[];
  /** Content stems of the rest of its sentence. */
  context: string[];
}

/** A list of stems ready for `softOverlap`: its distinct stems, and every prefix of three letters or more of them. */
interface StemIndex {
  distinct: Set<string>;
  prefixes: Set<string>;
}

const indexes = new WeakMap<readonly string[], StemIndex>();

function stemIndex(stems: readonly string[]): StemIndex {
  let index = indexes.get(stems);
  if (index === undefined) {
    const distinct = new Set(stems);
    const prefixes = new Set<string>();
    for (const stem of distinct)
      for (let length = 3; length <= stem.length; length++) prefixes.add(stem.slice(0, length));
    index = { distinct, prefixes };
    indexes.set(stems, index);
  }
  return index;
}

/** Whether some stem of `large` matches `stem`: equal, or one a prefix (three letters or more) of the other. */
function matchesSome(stem: string, large: StemIndex): boolean {
  if (large.distinct.has(stem) || (stem.length >= 3 && large.prefixes.has(stem))) return true;
  for (let length = 3; length < stem.length; length++) if (large.distinct.has(stem.slice(0, length))) return true;
  return false;
}

/** Share of the smaller set found in the larger, stems matching when equal or one a prefix of the other ("uni"/"unifi"). */
export function softOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const smallIndex = stemIndex(small);
  const largeIndex = stemIndex(large);
  let found = 0;
  for (const stem of smallIndex.distinct) if (matchesSome(stem, largeIndex)) found++;
  return found / smallIndex.distinct.size;
}

export function contentStems(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token) => !token.isStopword && token.stem.length >= 2 && !/^\d+$/.test(token.stem));
  return (content.length > 0 ? content : tokens).map((token) => token.stem);
}

/**
 * How likely two quoted passages report the same statement: their words (stems, loosely, so translations and
 * paraphrases of one sentence meet), their lengths, and the sentence around them. 0 when their speakers differ.
 */
export function variantSimilarity(a: VariantFeatures, b: VariantFeatures): number {
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return 0;
  if (a.article === b.article && a.text !== b.text) return 0;
  const words = softOverlap(a.stems, b.stems);
  const lengths = Math.min(a.stems.length, b.stems.length) / Math.max(a.stems.length, b.stems.length);
  if (Math.min(a.stems.length, b.stems.length) <= 2 && lengths < 0.5) return 0;
  const context = softOverlap(a.context, b.context);
  const score = 0.6 * words + 0.15 * lengths + 0.25 * context;
  return a.speaker === null || b.speaker === null ? score - 0.15 : score;
}

/** Keys under which a passage's stems are filed: each stem, and each prefix of three letters or more. */
function filedKeys(stems: readonly string[]): string[] {
  const { distinct, prefixes } = stemIndex(stems);
  return [...[...distinct].map((stem) => `=${stem}`), ...[...prefixes].map((prefix) => `<${prefix}`)];
}

/** Keys that find the passages sharing a stem with these, loosely (`softOverlap` above 0). */
function searchKeys(stems: readonly string[]): string[] {
  const keys: string[] = [];
  for (const stem of stemIndex(stems).distinct) {
    keys.push(`=${stem}`);
    if (stem.length >= 3) keys.push(`<${stem}`);
    for (let length = 3; length < stem.length; length++) keys.push(`=${stem.slice(0, length)}`);
  }
  return keys;
}

/**
 * Greedy grouping: each passage joins the group holding its most similar passage, if similar enough. A
 * passage sharing no stem with a group scores at most 0.4 against it (context and lengths alone), so only
 * the groups sharing a stem are weighed when the threshold is above that.
 */
export function groupVariants(variants: readonly VariantFeatures[], threshold = 0.55): number[][] {
  const groups: number[][] = [];
  const groupsByKey = new Map<string, Set<number>>();
  const prune = threshold > 0.41;
  variants.forEach((variant, index) => {
    let best = -1;
    let bestScore = threshold;
    const weigh = (group: number[], groupIndex: number): void => {
      if (
        group.some((member) => variants[member]!.article === variant.article && variants[member]!.text !== variant.text)
      )
        return;
      const score = Math.max(...group.map((member) => variantSimilarity(variants[member]!, variant)));
      if (score >= bestScore) {
        best = groupIndex;
        bestScore = score;
      }
    };
    if (prune) {
      const candidates = new Set<number>();
      for (const key of searchKeys(variant.stems))
        for (const group of groupsByKey.get(key) ?? []) candidates.add(group);
      for (const groupIndex of [...candidates].sort((a, b) => a - b)) weigh(groups[groupIndex]!, groupIndex);
    } else groups.forEach(weigh);
    const joined = best >= 0 ? best : groups.length;
    if (best >= 0) groups[best]!.push(index);
    else groups.push([index]);
    if (prune)
      for (const key of filedKeys(variant.stems)) {
        const list = groupsByKey.get(key);
        if (list === undefined) groupsByKey.set(key, new Set([joined]));
        else list.add(joined);
      }
  });
  return groups;
}
