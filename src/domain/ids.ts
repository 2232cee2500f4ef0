import { z } from "zod";

/** Stable id of one article: `a_` + 16 hex digits of a hash of its identity (URL, else its text). */
export const ArticleIdSchema = z
  .string()
  .regex(/^a_[0-9a-f]{16}$/)
  .brand<"ArticleId">();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/** Id of one story: `s_` + 16 hex digits, stable while the story keeps its earliest article. */
export const StoryIdSchema = z
  .string()
  .regex(/^s_[0-9a-f]{16}$/)
  .brand<"StoryId">();
export type StoryId = z.infer<typeof StoryIdSchema>;

export function asArticleId(value: string): ArticleId {
  return ArticleIdSchema.parse(value);
}

export function asStoryId(value: string): StoryId {
  return StoryIdSchema.parse(value);
}
