import type { Diagnostic, RawArticle } from "../../domain/index.js";

/** What ingest made of its inputs: the articles found and what went wrong or was worth telling. */
export interface IngestResult {
  articles: RawArticle[];
  diagnostics: Diagnostic[];
}

/** The main text and metadata of one HTML page; null where the page does not say. */
export interface ExtractedPage {
  path: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  language: string | null;
  text: string;
}

/** Files larger than this are reported as too large without being read (50 MB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
