import type { AnalyzedArticle } from "../domain/document.js";
import { cosine, type TermVector, termCounts, weightVector } from "../similarity/index.js";
import { tokenize } from "../stages/segment/index.js";

/** Whether an article title is usable as the story's: 3 to 30 words. */
function isUsableTitle(title: string): boolean {
  if (title === "") return false;
  const words = title.split(/\s+/).length;
  return words >= 3 && words <= 30;
}

/**
 * The articles' whole-text TF-IDF vectors (the smoothed IDF of `DocumentFrequencies` over the articles) and
 * that IDF. Only a story of several articles needs them: a single article represents its story alone.
 */
function storyVectors(docs: readonly AnalyzedArticle[]): { bodies: TermVector[]; idf: (term: string) => number } {
  const counts = docs.map((doc) => termCounts(doc.segmented.tokens));
  // A count's terms are distinct: each article adds one to each of its terms, without a set.
  const frequencies = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((1 + docs.length) / (1 + (frequencies.get(term) ?? 0))) + 1;
  return { bodies: counts.map((count) => weightVector(count, idf)), idf };
}

/**
 * The story's title: the article title that best represents the whole story (highest mean
 * similarity to the other articles' texts), else the first sentence of the most central article.
 */
export function chooseStoryTitle(docs: readonly AnalyzedArticle[]): string {
  if (docs.length === 0) return "";
  // A title cut from the first sentence ("…") is a last resort: real headlines are preferred.
  const candidates = docs
    .map((doc, index) => ({ doc, index, title: doc.article.title.trim() }))
    .filter(({ title }) => isUsableTitle(title));
  const headlines = candidates.filter(({ title }) => !title.endsWith("…"));
  const chosen = headlines.length > 0 ? headlines : candidates;
  // Alone, an article is the whole story: its title (or first sentence) is the story's, nothing to weigh.
  if (docs.length === 1) {
    if (chosen.length > 0) return chosen[0]!.title;
    return firstSentence(docs[0]!);
  }

  const { bodies, idf } = storyVectors(docs);
  const centrality = (vector: TermVector, self: number) =>
    bodies.reduce((sum, body, index) => (index === self ? sum : sum + cosine(vector, body)), 0);
  let best: { title: string; score: number } | null = null;
  for (const { doc, index, title } of chosen) {
    const vector = weightVector(termCounts(tokenize(title, doc.article.language)), idf);
    const score = centrality(vector, index);
    if (best === null || score > best.score + 1e-12) best = { title, score };
  }
  if (best !== null) return best.title;

  const central = bodies
    .map((body, index) => ({ index, score: centrality(body, index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0]!;
  return firstSentence(docs[central.index]!);
}

/** The article's first sentence, else its title. */
function firstSentence(doc: AnalyzedArticle): string {
  const first = doc.segmented.sentences[0];
  return first === undefined ? doc.article.title : doc.article.text.slice(first.start, first.end);
}
