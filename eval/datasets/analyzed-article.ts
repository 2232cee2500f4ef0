// Turns one evaluation document into what recoupe takes: the RawArticle the real pipeline ingests
// (`toRawArticle`, then prepareBatch cleans, detects the language and segments it), or directly the
// AnalyzedArticle the stages take (`toAnalyzedArticle`: a minimal Article, id from a hash of the dataset
// key as src/domain/ids.ts describes, and the segmentation of the text as given, without cleaning).
import { createHash } from "node:crypto";
import type { Article, RawArticle } from "../../src/domain/article.js";
import type { AnalyzedArticle } from "../../src/domain/document.js";
import { asArticleId } from "../../src/domain/ids.js";
import { segmentText } from "../../src/stages/segment/index.js";

export interface EvalDocument {
  /** Unique within the evaluation: dataset name + document id. */
  key: string;
  title: string;
  text: string;
  language: string;
  publishedAt?: string | null;
  source?: string;
}

/** The analysed article for one evaluation document (`segmented` is the segmentation of `text`). */
export function toAnalyzedArticle(document: EvalDocument): AnalyzedArticle {
  const id = asArticleId(`a_${createHash("sha256").update(document.key).digest("hex").slice(0, 16)}`);
  const article: Article = {
    id,
    path: document.key,
    source: document.source ?? document.key,
    url: null,
    title: document.title,
    language: document.language,
    publishedAt: document.publishedAt ?? null,
    publishedAtInferred: false,
    text: document.text,
    removed: [],
    duplicateOf: null,
    byline: null,
    siteName: null,
    format: "text",
    machineTranslated: { likely: false, signals: [] },
  };
  return { article, segmented: segmentText(document.text, document.language) };
}

/**
 * The raw article the pipeline would ingest for one evaluation document, as a text file named after
 * its key would give it: title and text, no declared language (the pipeline detects it), no outlet
 * (each document counts as its own). `path` is the key: the pipeline's `article.path` leads back to it.
 */
export function toRawArticle(document: EvalDocument): RawArticle {
  const raw: RawArticle = { path: document.key, format: "text", title: document.title, text: document.text };
  if (document.publishedAt !== undefined && document.publishedAt !== null) raw.publishedAt = document.publishedAt;
  if (document.source !== undefined) raw.source = document.source;
  return raw;
}
