import type { ArticleId } from "../../domain/ids.js";

/**
 * The sides of a disagreement without the mentions of articles that are on more than one: such an article tells
 * two things apart that the links put together ("200 000 manifestants à Paris, 600 000 en France"), or is unsure
 * (a day and the next for one event). No side is left with none of its own articles; order is kept.
 */
export function takingSides<T extends { articleId: ArticleId }>(sides: readonly (readonly T[])[]): T[][] {
  const count = new Map<ArticleId, number>();
  for (const members of sides)
    for (const id of new Set(members.map((member) => member.articleId))) count.set(id, (count.get(id) ?? 0) + 1);
  return sides
    .map((members) => members.filter((member) => count.get(member.articleId) === 1))
    .filter((members) => members.length > 0);
}
