import type { RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import { htmlNestingDepth, ingestBytes } from "../stages/ingest/index.js";
import type { ArticleInput } from "./article-input.js";

/** Pages nesting elements deeper than this are refused: parsing them takes time growing much faster than the depth. */
export const MAX_HTML_NESTING = 300;

export type ToRawResult =
  | { kind: "article"; raw: RawArticle; diagnostics: Diagnostic[] }
  | { kind: "rejected"; reason: string; diagnostics: Diagnostic[] };

/**
 * Turns one validated API item into a RawArticle the way ingest reads a file of the same kind:
 * `text` as a text file (a leading `date YYYY-MM` marker becomes the date), `html` as a page (main
 * text extracted). Metadata the client declared wins over what the extractor found.
 */
export function toRawArticle(input: ArticleInput, path: string): ToRawResult {
  const html = input.html !== undefined;
  if (input.html !== undefined && htmlNestingDepth(input.html, MAX_HTML_NESTING) > MAX_HTML_NESTING) {
    const reason = `"html" nests elements more than ${MAX_HTML_NESTING} deep: not an article page; send its text instead`;
    return { kind: "rejected", reason, diagnostics: [] };
  }
  const bytes = new TextEncoder().encode(input.html ?? input.text ?? "");
  const result = ingestBytes(path, bytes, html ? "html" : "text");
  const extracted = result.articles[0];
  if (extracted === undefined) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    const reason =
      (errors[0] ?? result.diagnostics[0])?.message ?? `no article text found in "${html ? "html" : "text"}"`;
    return { kind: "rejected", reason, diagnostics: result.diagnostics };
  }
  const raw: RawArticle = { ...extracted, path };
  if (input.url !== undefined) raw.url = input.url;
  if (input.source !== undefined) raw.source = input.source;
  if (input.title !== undefined && input.title.trim() !== "") raw.title = input.title.trim();
  if (input.byline !== undefined) raw.byline = input.byline;
  if (input.publishedAt !== undefined) raw.publishedAt = input.publishedAt.replace(" ", "T");
  if (input.language !== undefined)
    raw.declaredLanguage = input.language.toLowerCase().split(/[-_]/)[0] ?? input.language;
  return { kind: "article", raw, diagnostics: result.diagnostics };
}
