import type { Article } from "./article.js";
import type { SegmentedText } from "./text.js";

/** An article with its text split for analysis: what the analysis stages take. */
export interface AnalyzedArticle {
  article: Article;
  segmented: SegmentedText;
}
