import { createHash } from "node:crypto";
import type { RawArticle } from "../domain/article.js";
import { type ArticleId, asArticleId, asStoryId, type StoryId } from "../domain/ids.js";

function hex16(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}

/**
 * Every run of whitespace other than a lone space: what `/\s+/g` would replace with one space, less
 * the lone spaces between words, which it would replace by themselves (one string built per paragraph
 * break rather than per word). A run that is not a lone space starts with a non-space whitespace
 * (first branch), a space and then one (first branch), or two spaces (second); `\s*` takes the rest.
 */
const UNTIDY_WHITESPACE = / ?[^\S ]\s*| {2,}\s*/g;

/**
 * An article's identity: its URL when it has one (the same page fetched twice is one article),
 * else its extracted text with whitespace collapsed (the same file ingested twice is one article).
 */
export function articleIdFor(raw: RawArticle): ArticleId {
  const identity =
    raw.url !== undefined && raw.url.trim() !== ""
      ? `url:${raw.url.trim().replace(/#.*$/, "").replace(/\/$/, "")}`
      : `text:${raw.text.normalize("NFC").replace(UNTIDY_WHITESPACE, " ").trim()}`;
  return asArticleId(`a_${hex16(identity)}`);
}

/** A story is named after its founding article (smallest id), so its id survives re-clustering. */
export function storyIdFor(articleIds: readonly ArticleId[]): StoryId {
  const founder = [...articleIds].sort()[0] ?? "";
  return asStoryId(`s_${hex16(`story:${founder}`)}`);
}
