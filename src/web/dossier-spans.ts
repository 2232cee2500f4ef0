import type { ArticleId } from "../domain/ids.js";
import type { Span } from "../domain/span.js";
import type { Story } from "../domain/story.js";

/** Every span of one article that the story's dossier cites: summary, facts, differences, quotes, timeline. */
export function dossierSpans(story: Story, articleId: ArticleId): Span[] {
  const evidence: (Span & { articleId: ArticleId })[] = [
    ...story.summary,
    ...story.facts.flatMap((fact) => fact.evidence),
    ...story.discrepancies.flatMap((discrepancy) => discrepancy.values.flatMap((value) => value.evidence)),
    ...story.quotes.flatMap((quote) => quote.variants),
    ...story.timeline.flatMap((event) => event.evidence),
  ];
  const seen = new Set<string>();
  const spans: Span[] = [];
  for (const item of evidence) {
    const key = `${item.start}-${item.end}`;
    if (item.articleId !== articleId || seen.has(key)) continue;
    seen.add(key);
    spans.push({ start: item.start, end: item.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
