import { z } from "zod";

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The query of `GET /api/stories` and of the story list page: paging, sort and filters. */
export const ListStoriesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  sort: z.enum(["recent", "sources"]).default("recent"),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, "must be an ISO 639-1 code such as fr or en")
    .optional(),
  from: z.string().trim().regex(ISO_DATE, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  to: z.string().trim().regex(ISO_DATE, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD").optional(),
});

export type ListStoriesQuery = z.infer<typeof ListStoriesQuerySchema>;
