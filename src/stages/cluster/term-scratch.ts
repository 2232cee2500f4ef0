/**
 * Arrays indexed by term number, reused from one clustering call to the next instead of allocated
 * per call (an incremental update clusters a few dozen articles, but term numbers run over the
 * whole vocabulary). Whoever uses them leaves every entry at zero; calls are synchronous, so they
 * never overlap.
 */
export interface TermScratch {
  weights: Float64Array;
  positions: Int32Array;
  /** Two entries per term. */
  pairs: Float64Array;
}

let scratch: TermScratch = {
  weights: new Float64Array(0),
  positions: new Int32Array(0),
  pairs: new Float64Array(0),
};

/** Zeroed scratch arrays of at least `size` entries. */
export function termScratch(size: number): TermScratch {
  if (scratch.weights.length < size) {
    const length = Math.max(size, scratch.weights.length * 2, 1024);
    scratch = {
      weights: new Float64Array(length),
      positions: new Int32Array(length),
      pairs: new Float64Array(2 * length),
    };
  }
  return scratch;
}

/** One more than the highest term number of `vectors` (whose terms are in increasing order). */
export function termBound(vectors: readonly { terms: Int32Array }[]): number {
  let bound = 0;
  for (const { terms } of vectors)
    if (terms.length > 0 && terms[terms.length - 1]! >= bound) bound = terms[terms.length - 1]! + 1;
  return bound;
}
