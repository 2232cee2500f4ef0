import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { termCounts, weightVector } from "../../similarity/index.js";

/**
 * Above this many articles, only the most central ones are weighed for the summary: weighing every
 * sentence against every other grows with the square of the story, and a story's core is said by many
 * of its articles, so the most central few hold it.
 */
export const MAX_POOL_ARTICLES = 50;

/** An article's lead, where what it is about is said: the sentences its centrality is measured on. */
const LEAD_SENTENCES = 10;

/** Content-stem counts of the article's lead. */
function leadCounts(doc: AnalyzedArticle) {
  const lead = [];
  for (const token of doc.segmented.tokens) {
    if (token.sentence >= LEAD_SENTENCES) break;
    lead.push(token);
  }
  return termCounts(lead);
}

/**
 * The indices of the articles whose sentences the summarizer weighs, in article-id order (so that ties
 * between sentences go the same way whatever the input order): all of them up to
 * `max`, else the `max` articles whose lead is closest to the story's centroid (TF-IDF over the articles' leads), leaving out
 * articles in `copies` first. Ties go to the smaller id, so the pool does not depend on input order.
 */
export function chooseStoryPool(
  docs: readonly AnalyzedArticle[],
  copies: ReadonlySet<ArticleId>,
  max: number = MAX_POOL_ARTICLES,
): number[] {
  const byId = (a: number, b: number) => {
    const [x, y] = [docs[a]!.article.id, docs[b]!.article.id];
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  const all = docs.map((_, index) => index).sort(byId);
  if (docs.length <= max) return all;
  const originals = all.filter((index) => !copies.has(docs[index]!.article.id));
  if (originals.length <= max) return originals;
  const counts = originals.map((index) => leadCounts(docs[index]!));
  const documentFrequency = new Map<string, number>();
  for (const count of counts)
    for (const term of count.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) idf.set(term, Math.log((1 + counts.length) / (1 + frequency)) + 1);
  const vectors = counts.map((count) => weightVector(count, (term) => idf.get(term)!));
  const centroid = new Map<string, number>();
  for (const vector of vectors)
    for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  const centrality = vectors.map((vector) => {
    let dot = 0;
    for (const [term, weight] of vector) dot += weight * centroid.get(term)!;
    return dot;
  });
  return originals
    .map((index, i) => ({ index, score: centrality[i]!, id: docs[index]!.article.id }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .map((entry) => entry.index)
    .sort(byId);
}
