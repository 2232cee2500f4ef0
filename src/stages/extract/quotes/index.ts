export { extractQuotes } from "./extract-quotes.js";
export { findQuotedSpans, type QuotedSpan, type QuoteOptions } from "./find-quoted-spans.js";
export { mergeQuotesByAnchor } from "./merge-quotes-by-anchor.js";
export { mergeTranslatedQuotes } from "./merge-translated-quotes.js";
export { type QuoteAnchor, quoteAnchors } from "./quote-anchors.js";
