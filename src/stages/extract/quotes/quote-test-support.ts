// Helpers shared by the tests of the passes joining quotes across languages (not part of the stage's API).
import { type ArticleId, asArticleId } from "../../../domain/ids.js";
import type { Quote } from "../../../domain/story.js";
import type { QuoteAnchor } from "./quote-anchors.js";

/** Four articles of a story for the tests of the passes joining quotes across languages: es, it, fr and fr. */
export const [es, it_, fr, fr2] = ["1", "2", "3", "4"].map((n) => asArticleId(`a_${n.padStart(16, "0")}`)) as [
  ArticleId,
  ArticleId,
  ArticleId,
  ArticleId,
];

export const languageOf: ReadonlyMap<ArticleId, string> = new Map([
  [es, "es"],
  [it_, "it"],
  [fr, "fr"],
  [fr2, "fr"],
]);

/** A quote of one variant at [start, end) of `articleId`. */
export function quote(articleId: ArticleId, start: number, text: string, speaker: string | null): Quote {
  const end = start + text.length;
  return { speaker, text, articleIds: [articleId], variants: [{ articleId, start, end, text, speakerMention: null }] };
}

/** "next week" at `start` of `articleId`: the week of 24 January 2022 once resolved. */
export const week = (articleId: ArticleId, start: number): QuoteAnchor => ({
  articleId,
  start,
  end: start + 4,
  key: "date:2022-01-24/2022-01-30",
});
