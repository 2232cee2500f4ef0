import type { Diagnostic, RemovedText } from "../../domain/index.js";
import { detectTruncatedHtml } from "./detect-truncated-html.js";
import { extractMainText } from "./extract-main-text.js";
import { makeDiagnostic } from "./make-diagnostic.js";
import { cleanValue } from "./normalize-metadata.js";
import { parseHtmlDocument } from "./parse-html-document.js";
import { readHtmlMetadata } from "./read-html-metadata.js";
import type { ExtractedPage } from "./types.js";

/** A page's extraction with the URL it declares and what was worth telling about it. */
export interface HtmlExtraction {
  page: ExtractedPage;
  /** The URL given, else the page's canonical URL. */
  url: string | undefined;
  /** Text of the article block dropped as page furniture (captions, link lists, share bars…), with why. */
  removed: RemovedText[];
  diagnostics: Diagnostic[];
}

/** Main text and metadata of an HTML page, with diagnostics (truncated page, fallback extraction, no text). */
export function extractHtmlDocument(path: string, html: string, url?: string): HtmlExtraction {
  const diagnostics: Diagnostic[] = [];
  if (detectTruncatedHtml(html)) {
    diagnostics.push(
      makeDiagnostic(path, "truncated-html", "warning", "the HTML ends abruptly; extracted what is there"),
    );
  }
  const metadata = readHtmlMetadata(parseHtmlDocument(html), url);
  const main = extractMainText(html, { title: metadata.title, url: metadata.url });
  if (main.method !== "readability" && main.text.length > 0) {
    const message =
      main.method === "body"
        ? "no article block found; kept the text of the whole page body"
        : "the page does not read as an article; its text may hold page furniture";
    diagnostics.push(makeDiagnostic(path, "extraction-fallback", "warning", message));
  }
  const page: ExtractedPage = {
    path,
    title: cleanValue(main.title) ?? metadata.title ?? null,
    byline: cleanValue(main.byline) ?? metadata.byline ?? null,
    publishedAt: metadata.publishedAt ?? null,
    siteName: metadata.siteName ?? null,
    language: metadata.language ?? null,
    text: main.text,
  };
  return { page, url: metadata.url, removed: main.removed, diagnostics };
}

/** Main text and metadata of an HTML page (what `recoupe extract` prints). */
export function extractHtmlPage(path: string, html: string, url?: string): ExtractedPage {
  return extractHtmlDocument(path, html, url).page;
}
