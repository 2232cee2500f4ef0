import { z } from "zod";

/** The query of `GET /api/search` and of the search page. */
export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, "is required: the words to look for").max(500),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, "must be an ISO 639-1 code such as fr or en")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
