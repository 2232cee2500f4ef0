import type { TermVector } from "../../similarity/index.js";

/**
 * An inverted index over unit-length sentence vectors: the cosine of a query with every indexed
 * vector sharing a term with it, without comparing every pair.
 *
 * The postings of all terms lie in two flat arrays, each term's as one run in vector order (a story's
 * candidates hold thousands of distinct terms: no list per term to grow).
 */
export class SentenceIndex {
  /** Term → its number: its postings run from `starts[number]` to `starts[number + 1]`. */
  private readonly numbers = new Map<string, number>();
  private readonly starts: Int32Array;
  /** Per posting: the vector holding the term, and the term's weight in it. */
  private readonly indices: Int32Array;
  private readonly weights: Float64Array;
  /** Per indexed vector: its dot product with the current query, while it is scored. */
  private readonly dots: Float64Array;
  /** Per indexed vector: whether the current query met it yet. */
  private readonly met: Uint8Array;
  /** The vectors the current query met, in the order met (the first `count`): a list kept from query to query. */
  private readonly order: Int32Array;

  constructor(vectors: readonly TermVector[]) {
    const { numbers } = this;
    let postings = 0;
    for (const vector of vectors) postings += vector.size;
    // First, each posting's term number (terms numbered as first met) and each term's count of postings.
    const termOf = new Int32Array(postings);
    const counts: number[] = [];
    let at = 0;
    for (const vector of vectors)
      for (const term of vector.keys()) {
        let number = numbers.get(term);
        if (number === undefined) {
          number = counts.length;
          numbers.set(term, number);
          counts.push(0);
        }
        counts[number]!++;
        termOf[at++] = number;
      }
    const starts = new Int32Array(counts.length + 1);
    for (let number = 0; number < counts.length; number++) starts[number + 1] = starts[number]! + counts[number]!;
    // Then each posting to the next free place of its term's run: in vector order within the run.
    const next = starts.slice(0, counts.length);
    const indices = new Int32Array(postings);
    const weights = new Float64Array(postings);
    at = 0;
    vectors.forEach((vector, index) => {
      for (const weight of vector.values()) {
        const place = next[termOf[at++]!]!++;
        indices[place] = index;
        weights[place] = weight;
      }
    });
    this.starts = starts;
    this.indices = indices;
    this.weights = weights;
    this.dots = new Float64Array(vectors.length);
    this.met = new Uint8Array(vectors.length);
    this.order = new Int32Array(vectors.length);
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
    const { dots, met, order, starts, indices, weights } = this;
    const { from, to } = skip;
    let count = 0;
    // `forEach`, not `for…of`: no [term, weight] array per term (every candidate sentence is a query).
    query.forEach((weight, term) => {
      const number = this.numbers.get(term);
      if (number === undefined) return;
      const end = starts[number + 1]!;
      for (let k = starts[number]!; k < end; k++) {
        const index = indices[k]!;
        if (index >= from && index < to) continue;
        if (met[index] === 0) {
          met[index] = 1;
          order[count++] = index;
        }
        dots[index] += weight * weights[k]!;
      }
    });
    for (let k = 0; k < count; k++) {
      const index = order[k]!;
      const similarity = dots[index]!;
      dots[index] = 0;
      met[index] = 0;
      visit(index, similarity);
    }
  }
}
