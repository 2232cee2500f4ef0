import type { Article } from "../domain/article.js";
import type { Story } from "../domain/story.js";
import { toContractJson } from "../render/contract-json.js";

/** An article's metadata as the API lists it with a story: the contract's fields without the text. */
export function articleMetadataJson(article: Article) {
  const {
    text: _text,
    removed: _removed,
    ...metadata
  } = toContractJson({ articles: [article], stories: [], diagnostics: [] }).articles[0]!;
  return { ...metadata, characters: article.text.length, href: `/api/articles/${article.id}` };
}

/** One story as `GET /api/stories/:id` returns it: the CLI's JSON story, plus its articles' metadata. */
export function storyJson(story: Story, articles: readonly Article[]) {
  const contract = toContractJson({ articles: [], stories: [story], diagnostics: [] }).stories[0]!;
  return { ...contract, articles: articles.map(articleMetadataJson) };
}

/** One article as `GET /api/articles/:id` returns it: the CLI's JSON article, plus the story holding it. */
export function articleJson(article: Article, storyId: string | null) {
  const contract = toContractJson({ articles: [article], stories: [], diagnostics: [] }).articles[0]!;
  return { ...contract, storyId };
}
