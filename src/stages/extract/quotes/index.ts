export { extractQuotes } from "./extract-quotes.js";
export { findQuotedSpans, type QuoteOptions, type QuotedSpan } from "./find-quoted-spans.js";
