import type { Quote, QuoteVariant } from "../domain/story.js";

/** A variant of a quote as a reader is shown it, and how many times its article writes it. */
export interface ShownQuoteVariant {
  variant: QuoteVariant;
  times: number;
}

/**
 * The variants of a quote a reader is shown: each wording once per article ("« prématuré » [D]", not twice when the
 * article quotes it in its lede and again in its body), the occurrence naming its speaker first kept, with the
 * number of times the article writes it. Display only: the dossier's data keeps every occurrence, where it is.
 */
export function shownQuoteVariants(quote: Quote): ShownQuoteVariant[] {
  const shown = new Map<string, ShownQuoteVariant>();
  for (const variant of quote.variants) {
    const key = `${variant.articleId}\u0000${variant.text}`;
    const seen = shown.get(key);
    if (seen === undefined) shown.set(key, { variant, times: 1 });
    else {
      seen.times++;
      if (seen.variant.speakerMention === null && variant.speakerMention !== null) seen.variant = variant;
    }
  }
  return [...shown.values()];
}
