import type { Article } from "../domain/article.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";

/** Short labels [A], [B], … for a story's articles, in the story's order, with the article each names. */
export interface SourceLabels {
  label(id: ArticleId): string;
  labels(ids: readonly ArticleId[]): string;
  entries: { label: string; article: Article }[];
}

function letters(index: number): string {
  let label = "";
  let n = index;
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

export function sourceLabels(story: Story, articles: ReadonlyMap<ArticleId, Article>): SourceLabels {
  const byId = new Map<ArticleId, string>();
  const entries: SourceLabels["entries"] = [];
  story.articleIds.forEach((id, index) => {
    const label = letters(index);
    byId.set(id, label);
    const article = articles.get(id);
    if (article !== undefined) entries.push({ label, article });
  });
  const label = (id: ArticleId) => `[${byId.get(id) ?? "?"}]`;
  return { label, labels: (ids) => ids.map(label).join(""), entries };
}
