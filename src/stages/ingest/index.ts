export { type DecodedInput, decodeBytes } from "./decode-bytes.js";
export { extractHtmlDocument, extractHtmlPage, type HtmlExtraction } from "./extract-html-page.js";
export { htmlNestingDepth } from "./html-nesting-depth.js";
export { type IngestBytesOptions, ingestBytes } from "./ingest-bytes.js";
export { type IngestPathsOptions, ingestPaths } from "./ingest-paths.js";
export { DEFAULT_MAX_BYTES, type ExtractedPage, type IngestResult } from "./types.js";
