import type { ArticleId } from "../../../domain/ids.js";
import type { Quote } from "../../../domain/story.js";
import type { QuoteAnchor } from "./quote-anchors.js";
import { QuoteUnion } from "./quote-union.js";

/**
 * Joins the quotes of one named speaker that hold the same anchor in different languages ("next week" in Lavrov's
 * English quote, "nächste Woche" in his German one, a date or a number: see `quoteAnchors`), which share no words to
 * compare: for each speaker and anchor, the quotes holding it are one when no language has two of them (then which
 * of its two the others render is not known) and each pair may be one (same speaker, no article quoted with two
 * texts). A quote of no known speaker joins nothing this way: the value alone could be anyone's. Returns the quotes,
 * merged and ordered again; `quotes` itself is not changed.
 */
export function mergeQuotesByAnchor(
  quotes: readonly Quote[],
  anchors: readonly QuoteAnchor[],
  languageOf: ReadonlyMap<ArticleId, string>,
): Quote[] {
  if (quotes.length < 2 || anchors.length === 0 || new Set(languageOf.values()).size < 2) return [...quotes];
  const anchorsByArticle = new Map<ArticleId, QuoteAnchor[]>();
  for (const anchor of anchors) {
    const list = anchorsByArticle.get(anchor.articleId) ?? [];
    list.push(anchor);
    anchorsByArticle.set(anchor.articleId, list);
  }
  // Speaker and anchor → the quotes holding it.
  const holders = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    if (quote.speaker === null) return;
    const keys = new Set<string>();
    for (const variant of quote.variants)
      for (const anchor of anchorsByArticle.get(variant.articleId) ?? [])
        if (anchor.start >= variant.start && anchor.end <= variant.end) keys.add(anchor.key);
    for (const key of keys) {
      const id = `${quote.speaker}\u0000${key}`;
      const list = holders.get(id);
      if (list === undefined) holders.set(id, [index]);
      else list.push(index);
    }
  });
  const union = new QuoteUnion(quotes);
  const languagesOf = (quote: Quote): string[] => [
    ...new Set(quote.variants.map((variant) => languageOf.get(variant.articleId) ?? "")),
  ];
  for (const members of holders.values()) {
    if (members.length < 2) continue;
    const languages = members.flatMap((index) => languagesOf(quotes[index]!));
    if (new Set(languages).size < languages.length) continue;
    for (const other of members.slice(1)) {
      // Joined through another anchor since, a group may have taken a language the other already has.
      const taken = new Set(languagesOf(union.quote(union.find(members[0]!))));
      if (languagesOf(union.quote(union.find(other))).some((language) => taken.has(language))) continue;
      union.join(members[0]!, other);
    }
  }
  return union.quotes();
}
