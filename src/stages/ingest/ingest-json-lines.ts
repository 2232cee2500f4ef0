import { z } from "zod";
import type { Diagnostic, RawArticle } from "../../domain/index.js";
import { extractHtmlDocument } from "./extract-html-page.js";
import { makeDiagnostic } from "./make-diagnostic.js";
import { cleanValue, hostOf, normalizeDate, normalizeLanguage } from "./normalize-metadata.js";
import type { IngestResult } from "./types.js";

/** One article per line; `text` or `html` is required, the rest is optional metadata. */
const JsonArticleSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    publishedAt: z.string().optional(),
    language: z.string().optional(),
  })
  .refine((value) => (value.text ?? "").trim().length > 0 || (value.html ?? "").trim().length > 0, {
    message: "needs a non-empty `text` or `html`",
  });

type JsonArticle = z.infer<typeof JsonArticleSchema>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

function toArticle(file: string, line: number, value: JsonArticle, diagnostics: Diagnostic[]): RawArticle | undefined {
  const path = `${file}#L${line}`;
  const article: RawArticle = { path, format: "jsonl", text: "" };
  let fromHtml: ReturnType<typeof extractHtmlDocument> | undefined;
  if ((value.text ?? "").trim().length > 0) {
    article.text = (value.text ?? "").replace(/\r\n?/g, "\n").trim();
  } else {
    fromHtml = extractHtmlDocument(path, value.html ?? "", value.url);
    for (const diagnostic of fromHtml.diagnostics) diagnostics.push({ ...diagnostic, path: file, line });
    article.text = fromHtml.page.text;
  }
  if (article.text.length === 0) {
    diagnostics.push(makeDiagnostic(file, "no-article-text", "error", "the `html` holds no article text", { line }));
    return undefined;
  }
  const url = cleanValue(value.url) ?? fromHtml?.url;
  const title = cleanValue(value.title) ?? fromHtml?.page.title ?? undefined;
  const source = cleanValue(value.source) ?? fromHtml?.page.siteName ?? hostOf(url);
  const publishedAt = normalizeDate(value.publishedAt) ?? fromHtml?.page.publishedAt ?? undefined;
  const language = normalizeLanguage(value.language) ?? fromHtml?.page.language ?? undefined;
  if (value.publishedAt !== undefined && normalizeDate(value.publishedAt) === undefined) {
    diagnostics.push(
      makeDiagnostic(file, "invalid-article", "warning", `unreadable publishedAt "${value.publishedAt}" ignored`, {
        line,
      }),
    );
  }
  if (url !== undefined) article.url = url;
  if (source !== undefined) article.source = source;
  if (title !== undefined) article.title = title;
  if (fromHtml?.page.byline) article.byline = fromHtml.page.byline;
  if (fromHtml?.page.siteName) article.siteName = fromHtml.page.siteName;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (language !== undefined) article.declaredLanguage = language;
  if (fromHtml !== undefined && fromHtml.removed.length > 0) article.removed = fromHtml.removed;
  return article;
}

/** Articles of a JSON Lines file, one per non-blank line; a bad line becomes a diagnostic and the others go on. */
export function ingestJsonLines(path: string, text: string): IngestResult {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (line.trim().length === 0) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        makeDiagnostic(path, "invalid-json-line", "error", `line ${number} is not JSON: ${reason}`, { line: number }),
      );
      continue;
    }
    const result = JsonArticleSchema.safeParse(parsed);
    if (!result.success) {
      const message = `line ${number} is not an article: ${describeIssues(result.error)}`;
      diagnostics.push(makeDiagnostic(path, "invalid-article", "error", message, { line: number }));
      continue;
    }
    const article = toArticle(path, number, result.data, diagnostics);
    if (article !== undefined) articles.push(article);
  }
  if (articles.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(makeDiagnostic(path, "empty-input", "error", "no JSON line in the file"));
  }
  return { articles, diagnostics };
}
