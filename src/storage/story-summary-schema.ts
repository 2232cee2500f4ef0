import { z } from "zod";
import { StoryIdSchema } from "../domain/ids.js";
import type { StorySummary } from "./store.js";

/** A `StorySummary` as read back from a store row. */
export const StorySummarySchema: z.ZodType<StorySummary> = z.object({
  id: StoryIdSchema,
  title: z.string(),
  articleCount: z.coerce.number().int(),
  sources: z.array(z.string()),
  independentSources: z.coerce.number().int(),
  languages: z.array(z.string()),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
});
