import { z } from "zod";
import type { Article, InputFormat, RemovalReason, TranslationSignal } from "../domain/article.js";
import { ArticleIdSchema } from "../domain/ids.js";
import { enumOf } from "./enum-of.js";

const REMOVAL_REASONS: Record<RemovalReason, true> = {
  "date-marker": true,
  "metadata-header": true,
  "title-repeat": true,
  breadcrumb: true,
  byline: true,
  "read-also": true,
  navigation: true,
  "share-counter": true,
  script: true,
  "author-bio": true,
  "photo-credit": true,
  "agency-tag": true,
  "repeated-across-site": true,
  "link-dense": true,
  subheading: true,
  advertisement: true,
  "cookie-notice": true,
  "legal-notice": true,
  newsletter: true,
  comments: true,
  caption: true,
  empty: true,
};

const SIGNAL_KINDS: Record<TranslationSignal["kind"], true> = {
  "untranslated-fragment": true,
  calque: true,
  "broken-idiom": true,
  "stray-punctuation": true,
  "mixed-language": true,
};

const FORMATS: Record<InputFormat, true> = { text: true, html: true, jsonl: true, feed: true };

const RemovedTextSchema = z.object({ text: z.string(), reason: enumOf(REMOVAL_REASONS) });

/** An `Article` as read back from a store row: checked, since the database is outside the program. */
export const ArticleSchema: z.ZodType<Article> = z.object({
  id: ArticleIdSchema,
  path: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  language: z.string(),
  publishedAt: z.string().nullable(),
  publishedAtInferred: z.boolean(),
  text: z.string(),
  removed: z.array(RemovedTextSchema),
  duplicateOf: ArticleIdSchema.nullable(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  format: enumOf(FORMATS),
  machineTranslated: z.object({
    likely: z.boolean(),
    signals: z.array(
      z.object({
        kind: enumOf(SIGNAL_KINDS),
        excerpt: z.string(),
      }),
    ),
  }),
});
