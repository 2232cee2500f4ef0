import type { Story } from "../domain/story.js";

/** The order stories are listed in: most independent sources first, then most articles, then by id. */
export function byIndependentSources(a: Story, b: Story): number {
  return (
    b.independentSources - a.independentSources || b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1)
  );
}
