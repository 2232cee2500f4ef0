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

function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** Share of the smaller set found in the larger, stems matching when equal or one a prefix of the other ("uni"/"unifi"). */
export function softOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let found = 0;
  for (const stem of new Set(small)) if (large.some((other) => stemsMatch(stem, other))) found++;
  return found / new Set(small).size;
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

/** Greedy grouping: each passage joins the group holding its most similar passage, if similar enough. */
export function groupVariants(variants: readonly VariantFeatures[], threshold = 0.55): number[][] {
  const groups: number[][] = [];
  variants.forEach((variant, index) => {
    let best = -1;
    let bestScore = threshold;
    groups.forEach((group, groupIndex) => {
      if (
        group.some((member) => variants[member]!.article === variant.article && variants[member]!.text !== variant.text)
      )
        return;
      const score = Math.max(...group.map((member) => variantSimilarity(variants[member]!, variant)));
      if (score >= bestScore) {
        best = groupIndex;
        bestScore = score;
      }
    });
    if (best >= 0) groups[best]!.push(index);
    else groups.push([index]);
  });
  return groups;
}
