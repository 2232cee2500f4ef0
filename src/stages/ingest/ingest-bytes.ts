import type { Diagnostic, InputFormat, RawArticle } from "../../domain/index.js";
import { decodeBytes } from "./decode-bytes.js";
import { detectFormat, formatFromExtension } from "./detect-format.js";
import { extractHtmlDocument } from "./extract-html-page.js";
import { htmlNestingDepth } from "./html-nesting-depth.js";
import { ingestFeed } from "./ingest-feed.js";
import { ingestJsonLines } from "./ingest-json-lines.js";
import { makeDiagnostic } from "./make-diagnostic.js";
import { hostOf } from "./normalize-metadata.js";
import { parsePlainText } from "./parse-plain-text.js";
import { DEFAULT_MAX_BYTES, type IngestResult } from "./types.js";

export interface IngestBytesOptions {
  /** Inputs larger than this are refused with a "too-large" diagnostic (default 50 MB). */
  maxBytes?: number;
}

/**
 * The HTML parser and Readability take time and memory growing much faster than a page's nesting
 * depth and markup size (100,000 nested divs exhaust the stack; 50 MB of markup takes minutes and
 * gigabytes), so a page is measured before it is parsed. Real article pages stay far below both.
 */
export const MAX_HTML_DEPTH = 300;
export const MAX_HTML_MARKUP = 8_000_000;

function refuseHtml(path: string, html: string): Diagnostic | undefined {
  const markup =
    html.length > MAX_HTML_MARKUP
      ? html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, "")
      : html;
  if (markup.length > MAX_HTML_MARKUP) {
    const megabytes = (markup.length / 1e6).toFixed(1);
    return makeDiagnostic(
      path,
      "too-large",
      "error",
      `${megabytes} million characters of markup, over the ${MAX_HTML_MARKUP / 1e6} million an article page may have; not parsed`,
    );
  }
  const depth = htmlNestingDepth(markup, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    return makeDiagnostic(
      path,
      "too-deep",
      "error",
      `elements nested more than ${MAX_HTML_DEPTH} deep; not parsed (no article page nests so deep)`,
    );
  }
  return undefined;
}

function ingestHtml(path: string, html: string): IngestResult {
  const refused = refuseHtml(path, html);
  if (refused !== undefined) return { articles: [], diagnostics: [refused] };
  const { page, url, removed, diagnostics } = extractHtmlDocument(path, html);
  if (page.text.length === 0) {
    diagnostics.push(makeDiagnostic(path, "no-article-text", "error", "no text found in the page"));
    return { articles: [], diagnostics };
  }
  const article: RawArticle = { path, format: "html", text: page.text };
  const source = page.siteName ?? hostOf(url);
  if (url !== undefined) article.url = url;
  if (source !== undefined) article.source = source;
  if (page.title !== null) article.title = page.title;
  if (page.byline !== null) article.byline = page.byline;
  if (page.siteName !== null) article.siteName = page.siteName;
  if (page.publishedAt !== null) article.publishedAt = page.publishedAt;
  if (page.language !== null) article.declaredLanguage = page.language;
  if (removed.length > 0) article.removed = removed;
  return { articles: [article], diagnostics };
}

function ingestText(path: string, text: string): IngestResult {
  const parsed = parsePlainText(text);
  if (parsed.text.length === 0) {
    return {
      articles: [],
      diagnostics: [makeDiagnostic(path, "no-article-text", "error", "nothing but a title, header or date marker")],
    };
  }
  const article: RawArticle = { path, format: "text", text: parsed.text };
  const { source, url, byline, language } = parsed.header;
  if (url !== undefined) article.url = url;
  const outlet = source ?? hostOf(url);
  if (outlet !== undefined) article.source = outlet;
  if (parsed.title !== undefined) article.title = parsed.title;
  if (byline !== undefined) article.byline = byline;
  if (parsed.publishedAt !== undefined) article.publishedAt = parsed.publishedAt;
  if (language !== undefined) article.declaredLanguage = language;
  if (parsed.removed.length > 0) article.removed = parsed.removed;
  const diagnostics = parsed.unreadable.map((line) =>
    makeDiagnostic(
      path,
      "unreadable-metadata",
      "warning",
      `header line not read, its value is not understood: «${line}»`,
    ),
  );
  return { articles: [article], diagnostics };
}

function ingestFormat(path: string, text: string, format: InputFormat): IngestResult {
  switch (format) {
    case "text":
      return ingestText(path, text);
    case "html":
      return ingestHtml(path, text);
    case "jsonl":
      return ingestJsonLines(path, text);
    case "feed":
      return ingestFeed(path, text);
  }
}

/**
 * The articles of one input already in memory (a file's bytes, an HTTP body). The format is the hint if given, else
 * decided from the path's extension and the content. Never throws on bad content: every input gives at least one
 * article or one error diagnostic.
 */
export function ingestBytes(
  path: string,
  bytes: Uint8Array,
  hint?: InputFormat,
  options: IngestBytesOptions = {},
): IngestResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    const message = `${bytes.length} bytes, over the ${maxBytes}-byte limit`;
    return { articles: [], diagnostics: [makeDiagnostic(path, "too-large", "error", message)] };
  }
  const decoded = decodeBytes(path, bytes, hint ?? formatFromExtension(path));
  if (decoded.text === null) return { articles: [], diagnostics: decoded.diagnostics };
  const format = hint ?? detectFormat(path, decoded.text);
  if (format === undefined) {
    const message = "neither an RSS/Atom feed, an HTML page nor JSON Lines";
    return {
      articles: [],
      diagnostics: [...decoded.diagnostics, makeDiagnostic(path, "unsupported-input", "error", message)],
    };
  }
  const result = ingestFormat(path, decoded.text, format);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics, ...result.diagnostics];
  if (result.articles.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(makeDiagnostic(path, "no-article-text", "error", "no article found in the input"));
  }
  return { articles: result.articles, diagnostics };
}
