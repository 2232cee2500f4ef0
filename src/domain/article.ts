import type { ArticleId } from "./ids.js";

/** The input formats recoupe reads. */
export type InputFormat = "text" | "html" | "jsonl" | "feed";

/**
 * One article as ingest produced it, before cleaning: the text extracted from its container
 * (HTML main text, feed item, JSON line, text file) and whatever metadata came with it.
 */
export interface RawArticle {
  /** Where it came from: the file path, plus `#L12` for a JSON line or `#item3` for a feed item. */
  path: string;
  format: InputFormat;
  url?: string;
  /** The outlet: site name, feed title, JSON `source`, or the URL's host. */
  source?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date or date-time, as given by the input (`date YYYY-MM` markers give `YYYY-MM`). */
  publishedAt?: string;
  /** ISO 639-1 code declared by the input (HTML lang, JSON language, feed language). */
  declaredLanguage?: string;
  /** Text with paragraphs separated by blank lines ("\n\n"), lines inside a paragraph by "\n". */
  text: string;
  /** Text the extractor itself dropped (e.g. the text-file date marker), with why. */
  removed?: RemovedText[];
}

/** Why a piece of the input text is not part of the article. */
export type RemovalReason =
  | "date-marker"
  /** A text file's metadata header (Title:, Date:, Source:…, or front matter), read as the article's metadata. */
  | "metadata-header"
  | "title-repeat"
  | "breadcrumb"
  | "byline"
  | "read-also"
  | "navigation"
  | "share-counter"
  | "author-bio"
  | "photo-credit"
  | "agency-tag"
  | "repeated-across-site"
  | "link-dense"
  | "subheading"
  | "advertisement"
  | "cookie-notice"
  | "legal-notice"
  | "newsletter"
  | "comments"
  | "caption"
  | "script"
  | "empty";

export interface RemovedText {
  text: string;
  reason: RemovalReason;
}

/** Why an article was flagged as machine-translated: each signal with the text that shows it. */
export interface TranslationSignal {
  kind: "untranslated-fragment" | "calque" | "broken-idiom" | "stray-punctuation" | "mixed-language";
  excerpt: string;
}

/** One article as recoupe keeps it: the JSON contract's `articles[i]`. */
export interface Article {
  id: ArticleId;
  path: string;
  /** The outlet; independent-source counts are over outlets. */
  source: string;
  url: string | null;
  title: string;
  language: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or full date-time) or null when unknown. */
  publishedAt: string | null;
  /** True when `publishedAt` was inferred from the text or the story, not given by the input. */
  publishedAtInferred: boolean;
  /** Cleaned text (NFC, normalised quotes and spaces). All offsets point into this string. */
  text: string;
  removed: RemovedText[];
  /** The earliest article this one copies or lightly rewrites, or null. */
  duplicateOf: ArticleId | null;
  byline: string | null;
  siteName: string | null;
  format: InputFormat;
  machineTranslated: { likely: boolean; signals: TranslationSignal[] };
}
