import type { Article } from "../../domain/article.js";
import type { ArticleId } from "../../domain/ids.js";

/**
 * How many outlets stand behind `articleIds`: articles of the same `source` count once, and so do an
 * article and the one it duplicates (following `duplicates` to the original).
 */
export function countIndependentSources(
  articleIds: Iterable<ArticleId>,
  articles: ReadonlyMap<ArticleId, Article>,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
): number {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  const ids = [...new Set(articleIds)];
  for (const id of ids) {
    const source = articles.get(id)?.source.trim().toLowerCase();
    if (source !== undefined && source !== "") union(`id:${id}`, `source:${source}`);
    let original = duplicates.get(id);
    const seen = new Set<ArticleId>([id]);
    while (original !== undefined && !seen.has(original)) {
      union(`id:${id}`, `id:${original}`);
      const originalSource = articles.get(original)?.source.trim().toLowerCase();
      if (originalSource !== undefined && originalSource !== "") union(`id:${original}`, `source:${originalSource}`);
      seen.add(original);
      original = duplicates.get(original);
    }
  }
  return new Set(ids.map((id) => find(`id:${id}`))).size;
}
