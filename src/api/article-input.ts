import { z } from "zod";

const LANGUAGE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

/**
 * One article as `POST /api/articles` takes it. Exactly one of `text` (plain text, paragraphs
 * separated by blank lines; a leading `date YYYY-MM` marker is read as the date) or `html` (a whole
 * page: its main text is extracted). `id` is the client's own name for the item, kept as the
 * article's path; recoupe's article id is computed from `url`, else from the text.
 */
export const ArticleInputSchema = z
  .strictObject({
    id: z.string().trim().min(1).max(200).optional(),
    url: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(2048)
      .optional(),
    source: z.string().trim().min(1).max(200).optional(),
    title: z.string().max(1000).optional(),
    byline: z.string().max(500).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    publishedAt: z
      .string()
      .trim()
      .refine(
        (value) => ISO_DATE.test(value),
        "must be an ISO 8601 date or date-time (2022-01-21, 2022-01, 2022-01-21T10:00:00Z)",
      )
      .optional(),
    language: z.string().trim().regex(LANGUAGE_TAG, "must be a language tag such as fr, en or pt-BR").optional(),
  })
  .superRefine((item, context) => {
    const hasText = item.text !== undefined;
    const hasHtml = item.html !== undefined;
    if (hasText === hasHtml) {
      context.addIssue({
        code: "custom",
        path: [],
        message: hasText ? 'give "text" or "html", not both' : 'missing "text" (plain text) or "html" (a page)',
      });
      return;
    }
    if ((item.text ?? item.html ?? "").trim() === "")
      context.addIssue({ code: "custom", path: [hasText ? "text" : "html"], message: "is empty" });
  });

export type ArticleInput = z.infer<typeof ArticleInputSchema>;
