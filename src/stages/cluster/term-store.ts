/** Entries per chunk of term storage. */
const CHUNK_ENTRIES = 65_536;

/**
 * The term numbers and counts of every article, end to end in chunks of typed arrays: an article
 * holds two views into a chunk rather than two buffers of its own (about 300 bytes less each).
 * A removed article's entries stay unused.
 */
export class TermStore {
  private terms = new Int32Array(CHUNK_ENTRIES);
  private counts = new Float32Array(CHUNK_ENTRIES);
  private used = 0;
  /** Sort keys (scratch). */
  private keys = new Float64Array(1024);

  /**
   * Stores feature counts (`[term, count]`, as stored) sorted by term number, numbering each term
   * with `numberOf`. Sorted as one typed array of keys (number × length + position: exact in a
   * double), not as pairs through a comparator; equal numbers keep their order.
   */
  add(
    features: readonly (readonly [string, number])[],
    numberOf: (term: string) => number,
  ): { terms: Int32Array; counts: Float32Array } {
    const length = features.length;
    if (this.keys.length < length) this.keys = new Float64Array(length);
    const keys = this.keys.subarray(0, length);
    for (let k = 0; k < length; k++) keys[k] = numberOf(features[k]![0]) * length + k;
    keys.sort();
    if (this.used + length > this.terms.length) {
      this.terms = new Int32Array(Math.max(CHUNK_ENTRIES, length));
      this.counts = new Float32Array(this.terms.length);
      this.used = 0;
    }
    const from = this.used;
    for (let k = 0; k < length; k++) {
      const position = keys[k]! % length;
      this.terms[from + k] = (keys[k]! - position) / length;
      this.counts[from + k] = features[position]![1];
    }
    this.used += length;
    return { terms: this.terms.subarray(from, from + length), counts: this.counts.subarray(from, from + length) };
  }
}
