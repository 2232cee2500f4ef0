import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Span } from "../../domain/span.js";
import type { IndexedSentence } from "./sentence-index.js";

/**
 * A short label for what several sentences share: the content words found in the most of them (then the
 * heaviest), the head noun first when given, leaving out the words of the values themselves (`values`),
 * each written as in the first sentence that uses it.
 */
export function describeSharedContext(
  sentences: readonly IndexedSentence[],
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
  head: string | null,
  values: readonly (Span & { articleId: ArticleId })[] = [],
  words = 3,
): string {
  const excluded = new Set<string>();
  for (const value of values) {
    for (const token of docs.get(value.articleId)?.segmented.tokens ?? []) {
      if (token.start >= value.start && token.end <= value.end) excluded.add(token.stem);
    }
  }
  const unique = [...new Map(sentences.map((s) => [`${s.articleId}:${s.sentence}`, s])).values()];
  const presence = new Map<string, { sentences: number; weight: number }>();
  for (const sentence of unique) {
    for (const [term, weight] of sentence.vector) {
      if (term.includes(":") || term.length < 3 || excluded.has(term) || term === head) continue;
      const entry = presence.get(term) ?? { sentences: 0, weight: 0 };
      entry.sentences++;
      entry.weight += weight;
      presence.set(term, entry);
    }
  }
  const ranked = [...presence.entries()]
    .sort((a, b) => b[1].sentences - a[1].sentences || b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
    .map(([term]) => term);
  const stems = head === null ? ranked.slice(0, words) : [head, ...ranked.slice(0, words - 1)];
  const surface = (stem: string): string => {
    for (const sentence of unique) {
      const token = docs
        .get(sentence.articleId)
        ?.segmented.tokens.find((t) => t.stem === stem && t.sentence === sentence.sentence);
      if (token !== undefined) return token.text;
    }
    return stem;
  };
  return stems.map(surface).join(", ");
}
