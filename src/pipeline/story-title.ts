import type { AnalyzedArticle } from "../domain/document.js";
import { cosine, DocumentFrequencies, termCounts, weightVector } from "../similarity/index.js";
import { tokenize } from "../stages/segment/index.js";

/**
 * The story's title: the article title that best represents the whole story (highest mean
 * similarity to the other articles' texts), else the first sentence of the most central article.
 */
export function chooseStoryTitle(docs: readonly AnalyzedArticle[]): string {
  if (docs.length === 0) return "";
  const frequencies = new DocumentFrequencies();
  const counts = docs.map((doc) => termCounts(doc.segmented.tokens));
  for (const count of counts) frequencies.add(count.keys());
  const idf = (term: string) => frequencies.idf(term);
  const bodies = counts.map((count) => weightVector(count, idf));
  const centrality = (vector: ReturnType<typeof weightVector>, self: number) =>
    bodies.reduce((sum, body, index) => (index === self ? sum : sum + cosine(vector, body)), 0);

  // A title cut from the first sentence ("…") is a last resort: real headlines are preferred.
  const candidates = docs
    .map((doc, index) => ({ doc, index, title: doc.article.title.trim() }))
    .filter(({ title }) => title !== "" && title.split(/\s+/).length >= 3 && title.split(/\s+/).length <= 30);
  const headlines = candidates.filter(({ title }) => !title.endsWith("…"));
  let best: { title: string; score: number } | null = null;
  for (const { doc, index, title } of headlines.length > 0 ? headlines : candidates) {
    const vector = weightVector(termCounts(tokenize(title, doc.article.language)), idf);
    const score = docs.length === 1 ? 1 : centrality(vector, index);
    if (best === null || score > best.score + 1e-12) best = { title, score };
  }
  if (best !== null) return best.title;

  const central = bodies
    .map((body, index) => ({ index, score: centrality(body, index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0]!;
  const doc = docs[central.index]!;
  const first = doc.segmented.sentences[0];
  return first === undefined ? doc.article.title : doc.article.text.slice(first.start, first.end);
}
