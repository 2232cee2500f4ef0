import type { ArticleId } from "../../../domain/ids.js";
import type { Evidence } from "../../../domain/span.js";
import type { Quote } from "../../../domain/story.js";
import { UnionFind } from "../entities/union-find.js";
import { orderQuotes } from "./order-quotes.js";
import type { QuoteAnchor } from "./quote-anchors.js";

/** The one quote a sentence holds, if it holds exactly one variant of one. */
function soleQuoteIn(
  sentence: Evidence,
  variantsByArticle: ReadonlyMap<ArticleId, [number, Evidence][]>,
): number | null {
  let found: number | null = null;
  for (const [quote, variant] of variantsByArticle.get(sentence.articleId) ?? []) {
    if (variant.start < sentence.start || variant.end > sentence.end) continue;
    if (found !== null) return null;
    found = quote;
  }
  return found;
}

/** Whether two quotes may be one: the same speaker or one unknown, and no article quoted with two texts. */
function compatible(a: Quote, b: Quote): boolean {
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return false;
  const texts = new Map(a.variants.map((variant) => [variant.articleId, variant.text]));
  return b.variants.every((variant) => (texts.get(variant.articleId) ?? variant.text) === variant.text);
}

/**
 * Joins the quotes of one statement made in several languages, which share no words to compare: two quotes are one
 * when each is the only quote of a sentence of the same fact (`statements`: each fact's sentences, aligned across
 * languages by the corroboration stage), the sentences in different languages (`languageOf`), the speakers the same
 * or one unknown. Within one language the quotes' own words already say it (`groupVariants`), and sentences of one
 * fact may paraphrase each other around different quotes: those are left as they are. Then, whatever the facts, the
 * quotes of one named speaker in different languages that hold the same value (`anchors`: a date, a number) are one,
 * when no language has two of the speaker's quotes holding it (see `mergeByAnchor`). Returns the quotes, merged and
 * ordered again (`orderQuotes`); `quotes` itself is not changed.
 */
export function mergeTranslatedQuotes(
  quotes: readonly Quote[],
  statements: readonly (readonly Evidence[])[],
  languageOf: ReadonlyMap<ArticleId, string>,
  anchors: readonly QuoteAnchor[] = [],
): Quote[] {
  if (quotes.length < 2 || new Set(languageOf.values()).size < 2) return [...quotes];
  const variantsByArticle = new Map<ArticleId, [number, Evidence][]>();
  quotes.forEach((quote, index) => {
    for (const variant of quote.variants) {
      const list = variantsByArticle.get(variant.articleId) ?? [];
      list.push([index, variant]);
      variantsByArticle.set(variant.articleId, list);
    }
  });
  const union = new UnionFind(quotes.length);
  // Each root's quote, joined with those merged into it (`joined` makes new ones: `quotes` stays as given).
  const merged: Quote[] = [...quotes];
  for (const sentences of statements) {
    const held = sentences.flatMap((sentence) => {
      const quote = soleQuoteIn(sentence, variantsByArticle);
      return quote === null ? [] : [{ quote, language: languageOf.get(sentence.articleId) }];
    });
    for (let i = 0; i < held.length; i++)
      for (let j = i + 1; j < held.length; j++) {
        if (held[i]!.language === held[j]!.language) continue;
        const a = union.find(held[i]!.quote);
        const b = union.find(held[j]!.quote);
        if (a === b || !compatible(merged[a]!, merged[b]!)) continue;
        join(a, b);
      }
  }
  mergeByAnchor(merged, union, join, anchors, languageOf);
  return orderQuotes(merged.filter((_, index) => union.find(index) === index));

  /** Joins two roots whose quotes are compatible into one. */
  function join(a: number, b: number): void {
    union.union(a, b);
    const [root, other] = union.find(a) === a ? [a, b] : [b, a];
    merged[root] = joined(merged[root]!, merged[other]!);
  }
}

/**
 * Joins the quotes of one named speaker that hold the same anchor in different languages ("next week" in Lavrov's
 * English quote, "nächste Woche" in his German one): for each speaker and anchor, the quotes (merged so far) holding
 * it are one when no language has two of them (then which of its two the others render is not known) and each pair
 * is `compatible`. A quote of no known speaker joins nothing this way: the value alone could be anyone's.
 */
function mergeByAnchor(
  merged: Quote[],
  union: UnionFind,
  join: (a: number, b: number) => void,
  anchors: readonly QuoteAnchor[],
  languageOf: ReadonlyMap<ArticleId, string>,
): void {
  if (anchors.length === 0) return;
  const anchorsByArticle = new Map<ArticleId, QuoteAnchor[]>();
  for (const anchor of anchors) {
    const list = anchorsByArticle.get(anchor.articleId) ?? [];
    list.push(anchor);
    anchorsByArticle.set(anchor.articleId, list);
  }
  const holders = new Map<string, number[]>();
  merged.forEach((quote, index) => {
    if (quote.speaker === null || union.find(index) !== index) return;
    const keys = new Set<string>();
    for (const variant of quote.variants)
      for (const anchor of anchorsByArticle.get(variant.articleId) ?? [])
        if (anchor.start >= variant.start && anchor.end <= variant.end) keys.add(anchor.key);
    for (const key of keys) {
      const id = `${quote.speaker}\u0000${key}`;
      holders.set(id, [...(holders.get(id) ?? []), index]);
    }
  });
  const languagesOf = (index: number): string[] => [
    ...new Set(merged[index]!.variants.map((variant) => languageOf.get(variant.articleId) ?? "")),
  ];
  for (const roots of holders.values()) {
    if (roots.length < 2) continue;
    const languages = roots.flatMap(languagesOf);
    if (new Set(languages).size < languages.length) continue;
    for (const other of roots.slice(1)) {
      const a = union.find(roots[0]!);
      const b = union.find(other);
      if (a === b || !compatible(merged[a]!, merged[b]!)) continue;
      // Joined through another anchor since, a quote may have taken a language the other already has.
      const taken = new Set(languagesOf(a));
      if (languagesOf(b).some((language) => taken.has(language))) continue;
      join(a, b);
    }
  }
}

/**
 * One quote of two: the attributed speaker, the representative of the one with more variants (of the other when only
 * the other has the speaker), every article and variant of both.
 */
function joined(a: Quote, b: Quote): Quote {
  const speaker = a.speaker ?? b.speaker;
  const first = a.variants.length >= b.variants.length ? a : b;
  return {
    speaker,
    text: first.speaker === speaker ? first.text : (first === a ? b : a).text,
    articleIds: [...new Set([...a.articleIds, ...b.articleIds])],
    variants: [...a.variants, ...b.variants],
  };
}
