export { extractQuotes } from "./extract-quotes.js";
export { findQuotedSpans, type QuotedSpan, type QuoteOptions } from "./find-quoted-spans.js";
