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
 * One article's whole-text TF-IDF vector (as `weightVector` makes it: sublinear counts × IDF, unit length), kept as
 * its counts and length: a title is compared with each article through the few terms of the shorter of the two,
 * so the weights of the others' many terms are never stored.
 */
class BodyVector {
  readonly length: number;
  private weighted: TermVector | undefined;

  constructor(
    private readonly counts: TermVector,
    private readonly idf: (term: string) => number,
  ) {
    let norm = 0;
    for (const [term, count] of counts) {
      const weight = this.weightOf(term, count);
      norm += weight * weight;
    }
    this.length = Math.sqrt(norm);
  }

  /** The unscaled weight of a term counted `count` times (never 0: counts and IDFs are at least 1). */
  private weightOf(term: string, count: number): number {
    return (1 + Math.log(count)) * this.idf(term);
  }

  /** `cosine(vector, weightVector(counts, idf))`, term for term. */
  cosine(vector: TermVector): number {
    let dot = 0;
    if (vector.size <= this.counts.size) {
      for (const [term, weight] of vector) {
        const count = this.counts.get(term);
        if (count !== undefined) dot += weight * (this.weightOf(term, count) / this.length);
      }
      return dot;
    }
    for (const [term, count] of this.counts) {
      const other = vector.get(term);
      if (other !== undefined) dot += (this.weightOf(term, count) / this.length) * other;
    }
    return dot;
  }

  /** Adds the vector's weights to `sum`. */
  addTo(sum: TermVector): void {
    this.counts.forEach((count, term) => {
      sum.set(term, (sum.get(term) ?? 0) + this.weightOf(term, count) / this.length);
    });
  }

  /** The vector itself, for comparing two articles. */
  get vector(): TermVector {
    this.weighted ??= weightVector(this.counts, this.idf);
    return this.weighted;
  }
}

/**
 * The articles' whole-text TF-IDF vectors under the smoothed IDF of `DocumentFrequencies` over the articles, and
 * their sum. A vector's summed cosine with every article is its dot product with that sum: `centrality` costs a
 * pass over the vector's terms, not one per article (a story of 1,000 articles compared each of its titles with
 * each of its articles: a million cosines). Only a story of several articles needs them: a single article
 * represents its story alone.
 */
class StoryVectors {
  readonly bodies: BodyVector[];
  readonly idf: (term: string) => number;
  private readonly sum: TermVector = new Map();

  constructor(docs: readonly AnalyzedArticle[]) {
    const counts = docs.map((doc) => termCounts(doc.segmented.tokens));
    // A count's terms are distinct: each article adds one to each of its terms, without a set. Each term's
    // count of articles then gives way to its IDF, worked out once.
    const idfs = new Map<string, number>();
    for (const count of counts) for (const term of count.keys()) idfs.set(term, (idfs.get(term) ?? 0) + 1);
    const idfOf = (frequency: number) => Math.log((1 + docs.length) / (1 + frequency)) + 1;
    for (const [term, frequency] of idfs) idfs.set(term, idfOf(frequency));
    const unused = idfOf(0);
    this.idf = (term: string) => idfs.get(term) ?? unused;
    this.bodies = counts.map((count) => new BodyVector(count, this.idf));
    for (const body of this.bodies) body.addTo(this.sum);
  }

  /** The summed cosine of `vector` with every article's but the one at `self`. */
  centrality(vector: TermVector, self: number): number {
    return cosine(vector, this.sum) - this.bodies[self]!.cosine(vector);
  }
}

/** A story's title and the language it is written in (its article's). */
export interface StoryTitle {
  text: string;
  /** The language of the article it comes from; null for a story of no article. */
  language: string | null;
}

/**
 * The story's title: the article title that best represents the whole story (highest mean
 * similarity to the other articles' texts), else the first sentence of the most central article.
 */
export function storyTitle(docs: readonly AnalyzedArticle[]): StoryTitle {
  if (docs.length === 0) return { text: "", language: null };
  const from = (doc: AnalyzedArticle, text: string): StoryTitle => ({ text, language: doc.article.language });
  // A title cut from the first sentence ("…") is a last resort: real headlines are preferred.
  const candidates = docs
    .map((doc, index) => ({ doc, index, title: doc.article.title.trim() }))
    .filter(({ title }) => isUsableTitle(title));
  const headlines = candidates.filter(({ title }) => !title.endsWith("…"));
  const chosen = headlines.length > 0 ? headlines : candidates;
  // Alone, an article is the whole story: its title (or first sentence) is the story's, nothing to weigh.
  if (docs.length === 1) {
    if (chosen.length > 0) return from(chosen[0]!.doc, chosen[0]!.title);
    return from(docs[0]!, firstSentence(docs[0]!));
  }

  const vectors = new StoryVectors(docs);
  let best: { doc: AnalyzedArticle; title: string; score: number } | null = null;
  for (const { doc, index, title } of chosen) {
    const vector = weightVector(termCounts(tokenize(title, doc.article.language)), vectors.idf);
    const score = vectors.centrality(vector, index);
    if (best === null || score > best.score + 1e-12) best = { doc, title, score };
  }
  if (best !== null) return from(best.doc, best.title);

  const central = vectors.bodies
    .map((body, index) => ({ index, score: vectors.centrality(body.vector, index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)[0]!;
  return from(docs[central.index]!, firstSentence(docs[central.index]!));
}

/** The text of `storyTitle`. */
export function chooseStoryTitle(docs: readonly AnalyzedArticle[]): string {
  return storyTitle(docs).text;
}

/** The article's first sentence, else its title. */
function firstSentence(doc: AnalyzedArticle): string {
  const first = doc.segmented.sentences[0];
  return first === undefined ? doc.article.title : doc.article.text.slice(first.start, first.end);
}
