import type { TermVector } from "../../similarity/index.js";

/**
 * An inverted index over unit-length sentence vectors: the cosine of a query with every indexed
 * vector sharing a term with it, without comparing every pair.
 */
export class SentenceIndex {
  private readonly postings = new Map<string, Array<[number, number]>>();

  constructor(vectors: readonly TermVector[]) {
    vectors.forEach((vector, index) => {
      for (const [term, weight] of vector) {
        let list = this.postings.get(term);
        if (list === undefined) {
          list = [];
          this.postings.set(term, list);
        }
        list.push([index, weight]);
      }
    });
  }

  /** Indexed vector → cosine with `query`, for the vectors sharing at least one term with it. */
  similarities(query: TermVector): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      for (const [index, other] of list) scores.set(index, (scores.get(index) ?? 0) + weight * other);
    }
    return scores;
  }
}
