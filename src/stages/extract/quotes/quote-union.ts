import type { Quote } from "../../../domain/story.js";
import { UnionFind } from "../entities/union-find.js";
import { orderQuotes } from "./order-quotes.js";

/** Whether two quotes may be one: the same speaker or one unknown, and no article quoted with two texts. */
function compatible(a: Quote, b: Quote): boolean {
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return false;
  const texts = new Map(a.variants.map((variant) => [variant.articleId, variant.text]));
  return b.variants.every((variant) => (texts.get(variant.articleId) ?? variant.text) === variant.text);
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

/**
 * A story's quotes joined into groups, each group's quote rebuilt as quotes join it (the quotes given stay as they
 * are): what the passes that join quotes across languages share.
 */
export class QuoteUnion {
  private readonly union: UnionFind;
  /** Each root's quote, joined with those merged into it. */
  private readonly merged: Quote[];

  constructor(quotes: readonly Quote[]) {
    this.union = new UnionFind(quotes.length);
    this.merged = [...quotes];
  }

  /** The root of the group holding quote `index`. */
  find(index: number): number {
    return this.union.find(index);
  }

  /** The quote of the group whose root is `root`. */
  quote(root: number): Quote {
    return this.merged[root]!;
  }

  /** Joins the groups of quotes `a` and `b` when their quotes may be one (`compatible`); false when they may not. */
  join(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb || !compatible(this.merged[ra]!, this.merged[rb]!)) return false;
    this.union.union(ra, rb);
    const [root, other] = this.find(ra) === ra ? [ra, rb] : [rb, ra];
    this.merged[root] = joined(this.merged[root]!, this.merged[other]!);
    return true;
  }

  /** One quote per group, ordered as the dossier shows them (`orderQuotes`). */
  quotes(): Quote[] {
    return orderQuotes(this.merged.filter((_, index) => this.find(index) === index));
  }
}
