import { parseFeed } from "@rowanmanning/feed-parser";
import type { Diagnostic, RawArticle } from "../../domain/index.js";
import { extractFragmentText } from "./extract-main-text.js";
import { htmlNestingDepth } from "./html-nesting-depth.js";
import { makeDiagnostic } from "./make-diagnostic.js";
import { cleanValue, hostOf, normalizeLanguage } from "./normalize-metadata.js";
import type { IngestResult } from "./types.js";

type Feed = ReturnType<typeof parseFeed>;

/** Feed item HTML nested deeper than this is not parsed (see MAX_HTML_DEPTH in ingest-bytes.ts). */
const MAX_ITEM_DEPTH = 300;

function itemText(
  html: string | null | undefined,
  hints: { title: string | undefined; url: string | undefined },
): string | null {
  if (!html) return "";
  if (htmlNestingDepth(html, MAX_ITEM_DEPTH) > MAX_ITEM_DEPTH) return null;
  return extractFragmentText(html, hints);
}

function parse(text: string): { feed: Feed } | { error: string } {
  try {
    return { feed: parseFeed(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Articles of an RSS or Atom feed, one per item: the item's full content (content:encoded, Atom content) read as
 * HTML, else its description; the feed's title is the source. Items without text become diagnostics.
 */
export function ingestFeed(path: string, text: string): IngestResult {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const parsed = parse(text);
  if ("error" in parsed) {
    return {
      articles,
      diagnostics: [makeDiagnostic(path, "feed-parse-error", "error", `not a readable feed: ${parsed.error}`)],
    };
  }
  const { feed } = parsed;
  if (feed.items.length === 0) {
    const message =
      feed.title === null ? "no feed channel or item could be read" : `the feed "${feed.title}" has no item`;
    const code = feed.title === null && feed.url === null ? "feed-parse-error" : "feed-without-items";
    return { articles, diagnostics: [makeDiagnostic(path, code, "error", message)] };
  }
  const feedTitle = cleanValue(feed.title);
  const language = normalizeLanguage(feed.language);
  for (const [index, item] of feed.items.entries()) {
    const title = cleanValue(item.title);
    const url = cleanValue(item.url);
    const hints = { title, url };
    let body = itemText(item.content, hints);
    if (body !== null && body.length === 0) body = itemText(item.description, hints);
    if (body === null) {
      diagnostics.push(
        makeDiagnostic(
          path,
          "too-deep",
          "error",
          `item ${index}: HTML nested more than ${MAX_ITEM_DEPTH} deep; not parsed`,
          {
            item: index,
          },
        ),
      );
      continue;
    }
    if (body.length === 0) {
      diagnostics.push(
        makeDiagnostic(path, "no-article-text", "error", `item ${index} has no content nor description`, {
          item: index,
        }),
      );
      continue;
    }
    const article: RawArticle = { path: `${path}#item${index}`, format: "feed", text: body };
    const source = feedTitle ?? hostOf(feed.url) ?? hostOf(url);
    const byline = cleanValue(
      item.authors
        .map((author) => author.name ?? "")
        .filter((name) => name.length > 0)
        .join(", "),
    );
    const published = item.published ?? item.updated;
    if (url !== undefined) article.url = url;
    if (source !== undefined) article.source = source;
    if (feedTitle !== undefined) article.siteName = feedTitle;
    if (title !== undefined) article.title = title;
    if (byline !== undefined) article.byline = byline;
    if (published !== null && !Number.isNaN(published.getTime())) article.publishedAt = published.toISOString();
    if (language !== undefined) article.declaredLanguage = language;
    articles.push(article);
  }
  return { articles, diagnostics };
}
