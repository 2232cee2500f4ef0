import type { TermVector } from "../../similarity/index.js";

/**
 * An inverted index over unit-length sentence vectors: the cosine of a query with every indexed
 * vector sharing a term with it, without comparing every pair.
 */
export class SentenceIndex {
  private readonly postings = new Map<string, { indices: number[]; weights: number[] }>();
  /** Per indexed vector: its dot product with the current query, while it is scored. */
  private readonly dots: Float64Array;
  /** Per indexed vector: whether the current query met it yet. */
  private readonly met: Uint8Array;
  private readonly order: number[] = [];

  constructor(vectors: readonly TermVector[]) {
    vectors.forEach((vector, index) => {
      for (const [term, weight] of vector) {
        let list = this.postings.get(term);
        if (list === undefined) {
          list = { indices: [], weights: [] };
          this.postings.set(term, list);
        }
        list.indices.push(index);
        list.weights.push(weight);
      }
    });
    this.dots = new Float64Array(vectors.length);
    this.met = new Uint8Array(vectors.length);
  }

  /**
   * Calls `visit` with each indexed vector sharing at least one term with `query` and its cosine with it,
   * in the order the query's terms first meet them; the vectors from `skip.from` to `skip.to` (excluded) are
   * left out (the query's own article: it is not compared with itself).
   */
  forEachSimilar(
    query: TermVector,
    visit: (index: number, similarity: number) => void,
    skip: { from: number; to: number } = { from: 0, to: 0 },
  ): void {
    const { dots, met, order } = this;
    const { from, to } = skip;
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      const { indices, weights } = list;
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k]!;
        if (index >= from && index < to) continue;
        if (met[index] === 0) {
          met[index] = 1;
          order.push(index);
        }
        dots[index] += weight * weights[k]!;
      }
    }
    for (const index of order) {
      const similarity = dots[index]!;
      dots[index] = 0;
      met[index] = 0;
      visit(index, similarity);
    }
    order.length = 0;
  }
}
