/** A unit-length sparse vector: term numbers in increasing order and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Dot product of two sparse vectors (their cosine, as both are unit length), by merging their sorted terms. */
export function sparseCosine(a: SparseVector, b: SparseVector): number {
  const termsA = a.terms;
  const termsB = b.terms;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < termsA.length && j < termsB.length) {
    const termA = termsA[i]!;
    const termB = termsB[j]!;
    if (termA === termB) {
      dot += a.weights[i++]! * b.weights[j++]!;
    } else if (termA < termB) {
      i++;
    } else {
      j++;
    }
  }
  return dot;
}
