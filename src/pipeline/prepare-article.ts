import { basename, extname } from "node:path";
import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { CleanedText } from "../stages/clean/index.js";
import { detectMachineTranslation } from "../stages/clean/index.js";
import { detectLanguage } from "../stages/detect-language/index.js";
import { segmentText } from "../stages/segment/index.js";
import { articleIdFor } from "./article-id.js";

/**
 * The outlet an article counts for: its declared source or site, else its URL's host, else the file
 * it came from (a folder of text files from unknown outlets counts each file as its own outlet).
 */
export function sourceOf(raw: RawArticle): string {
  const declared = raw.source?.trim() || raw.siteName?.trim();
  if (declared) return declared;
  if (raw.url) {
    try {
      return new URL(raw.url).hostname.replace(/^www\./, "");
    } catch {
      // not a URL: fall through to the path
    }
  }
  const file = raw.path.replace(/#.*$/, "");
  return basename(file, extname(file));
}

/**
 * The warning for an article written in UTF-8 that was read as Windows-1252 upstream ("SanÃ¡"): the clean stage
 * read it back, and the reader is told its text was not as received.
 */
function mojibakeWarning(raw: RawArticle, cleaned: CleanedText): Diagnostic | null {
  const { repaired, examples } = cleaned.mojibake;
  if (repaired === 0) return null;
  const shown = examples.map((example) => `« ${example} »`).join(", ");
  return {
    path: raw.path,
    code: "mojibake-repaired",
    severity: "warning",
    stage: "clean",
    message: `${repaired} character${repaired === 1 ? " was" : "s were"} UTF-8 read as Windows-1252 upstream (${shown}); read back`,
  };
}

export interface PreparedArticle {
  doc: AnalyzedArticle;
  diagnostics: Diagnostic[];
}

/**
 * Turns one cleaned raw article into an Article with its language, segmentation and translation flags.
 * `id`: the article's id when the caller already has it (`articleIdFor(raw)`).
 */
export function prepareArticle(raw: RawArticle, cleaned: CleanedText, id = articleIdFor(raw)): PreparedArticle {
  const diagnostics: Diagnostic[] = [];
  const mojibake = mojibakeWarning(raw, cleaned);
  if (mojibake !== null) diagnostics.push(mojibake);
  const guess = detectLanguage(cleaned.text, raw.declaredLanguage);
  if (guess.language === "und") {
    diagnostics.push({
      path: raw.path,
      code: "language-unknown",
      severity: "warning",
      stage: "detect-language",
      message: "the language could not be told from the text and none was declared; analysed without stemming",
    });
  }
  const segmented = segmentText(cleaned.text, guess.language);
  const article: Article = {
    id,
    path: raw.path,
    source: sourceOf(raw),
    url: raw.url ?? null,
    title: cleaned.title,
    language: guess.language,
    publishedAt: raw.publishedAt ?? null,
    publishedAtInferred: false,
    text: cleaned.text,
    removed: [...(raw.removed ?? []), ...cleaned.removed],
    duplicateOf: null,
    byline: raw.byline ?? null,
    siteName: raw.siteName ?? null,
    format: raw.format,
    machineTranslated: detectMachineTranslation(cleaned.text, guess.language, segmented),
  };
  return { doc: { article, segmented }, diagnostics };
}
