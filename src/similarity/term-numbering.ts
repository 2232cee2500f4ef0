import type { SparseVector } from "./sparse-vector.js";
import type { TermVector } from "./term-vector.js";

/**
 * Numbers terms as it meets them, so that term vectors become sparse vectors (term numbers in increasing order and
 * their weights) whose dot product is a merge of two sorted arrays rather than a hash look-up per term: for code that
 * compares the same vectors many times (the values of a large story compared pair by pair, ~3× faster than `cosine`
 * on maps of ~50 terms). Vectors compared must come from one numbering.
 */
export class TermNumbering {
  private readonly numbers = new Map<string, number>();

  sparse(vector: TermVector): SparseVector {
    const order: number[] = [];
    const byNumber = new Map<number, number>();
    vector.forEach((weight, term) => {
      let number = this.numbers.get(term);
      if (number === undefined) {
        number = this.numbers.size;
        this.numbers.set(term, number);
      }
      order.push(number);
      byNumber.set(number, weight);
    });
    const terms = Int32Array.from(order).sort();
    const weights = new Float64Array(terms.length);
    terms.forEach((number, index) => {
      weights[index] = byNumber.get(number)!;
    });
    return { terms, weights };
  }
}
