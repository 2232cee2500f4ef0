import { isProbablyReaderable, Readability } from "@mozilla/readability";
import type { RemovedText } from "../../domain/index.js";
import { dropBoilerplateParagraphs } from "./drop-boilerplate-paragraphs.js";
import { htmlToParagraphs } from "./html-to-text.js";
import { parseHtmlDocument } from "./parse-html-document.js";
import { pruneArticleContent } from "./prune-article-content.js";

/** The main text of a page and how it was found. */
export interface MainText {
  /** Paragraphs separated by "\n\n". */
  text: string;
  /** Paragraphs of the article block judged to be page furniture, with why. */
  removed: RemovedText[];
  /** Title and byline as Readability read them (it also looks inside the content). */
  title: string | undefined;
  byline: string | undefined;
  /** "readability": an article block; "non-article": Readability's pick on a page that does not read as an article; "body": the whole body. */
  method: "readability" | "non-article" | "body";
}

interface Found {
  paragraphs: string[];
  removed: RemovedText[];
  title: string | undefined;
  byline: string | undefined;
}

function readabilityContent(document: Document, pageUrl: string | undefined): Found | null {
  const article = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
  if (article === null || article.content === null || article.content === undefined) return null;
  const removed = pruneArticleContent(article.content as Element, pageUrl);
  return {
    paragraphs: htmlToParagraphs(article.content),
    removed,
    title: article.title ?? undefined,
    byline: article.byline ?? undefined,
  };
}

function bodyContent(html: string, pageUrl: string | undefined): Found {
  const document = parseHtmlDocument(html);
  const body = document.body ?? document.documentElement;
  if (body === null) return { paragraphs: [], removed: [], title: undefined, byline: undefined };
  const removed = pruneArticleContent(body, pageUrl);
  return { paragraphs: htmlToParagraphs(body), removed, title: undefined, byline: undefined };
}

/**
 * The article text of an HTML page: Readability's article block, pruned of figures, link lists and furniture,
 * then of boilerplate paragraphs; when Readability finds no block, the pruned text of the whole body.
 */
export function extractMainText(
  html: string,
  hints: { title?: string | undefined; url?: string | undefined } = {},
): MainText {
  const document = parseHtmlDocument(html);
  const readerable = isProbablyReaderable(document, { minContentLength: 80, minScore: 10 });
  const found = readabilityContent(document, hints.url);
  const useBody = found === null || found.paragraphs.length === 0;
  const chosen = found !== null && !useBody ? found : bodyContent(html, hints.url);
  const method = useBody ? "body" : readerable ? "readability" : "non-article";
  const title = chosen.title ?? hints.title;
  const { kept, removed } = dropBoilerplateParagraphs(chosen.paragraphs, title);
  return {
    text: kept.join("\n\n"),
    removed: [...chosen.removed, ...removed],
    title: chosen.title,
    byline: chosen.byline,
    method,
  };
}

/** Text of an HTML fragment that is all article (a feed item's content): pruned and filtered, no block search. */
export function extractFragmentText(
  html: string,
  hints: { title?: string | undefined; url?: string | undefined } = {},
): string {
  const { paragraphs } = bodyContent(html, hints.url);
  return dropBoilerplateParagraphs(paragraphs, hints.title).kept.join("\n\n");
}
