// Turns one evaluation document into the AnalyzedArticle the stages take: a minimal Article
// (id from a hash of the dataset key, as src/domain/ids.ts describes) and its segmentation.
import { createHash } from "node:crypto";
import type { Article } from "../../src/domain/article.js";
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
