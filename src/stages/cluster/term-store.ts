import { FEATURE_SEPARATOR } from "./story-clusterer-options.js";

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
  /** Counts by term number while an article's features are visited (scratch), valid where `stamps` is `stamp`. */
  private tally = new Float64Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 0;

  /**
   * Stores feature counts (the k-th feature of `joined`, `ClusterFeatures.terms`, counted `counts[k]`)
   * sorted by term number, numbering each feature by its offsets with `numberAt` (no string is cut
   * out of `joined`). Sorted as one typed array of keys (number × length + position: exact in a
   * double), not as pairs through a comparator; equal numbers keep their order.
   */
  add(
    joined: string,
    counts: ArrayLike<number>,
    numberAt: (text: string, start: number, end: number) => number,
  ): { terms: Int32Array; counts: Float32Array } {
    const length = counts.length;
    if (this.keys.length < length) this.keys = new Float64Array(length);
    const keys = this.keys.subarray(0, length);
    let k = 0;
    if (joined !== "") {
      for (let start = 0; ; k++) {
        const separator = joined.indexOf(FEATURE_SEPARATOR, start);
        const end = separator === -1 ? joined.length : separator;
        if (k < length) keys[k] = numberAt(joined, start, end) * length + k;
        if (separator === -1) break;
        start = separator + 1;
      }
      k++;
    }
    if (k !== length) throw new Error(`${k} features but ${length} counts`);
    keys.sort();
    const from = this.reserve(length);
    for (let k = 0; k < length; k++) {
      const position = keys[k]! % length;
      this.terms[from + k] = (keys[k]! - position) / length;
      this.counts[from + k] = counts[position]!;
    }
    return this.views(from, length);
  }

  /**
   * Stores the features that `visitAll` visits (each occurrence with its weight), counted by term
   * number: what `add` stores for the counts those visits add up to (terms numbered in the order
   * they are first visited, as a `Map` of counts would list them), without building that `Map`.
   */
  addVisited(
    visitAll: (visit: (term: string, weight: number) => void) => void,
    numberOf: (term: string) => number,
  ): { terms: Int32Array; counts: Float32Array } {
    const stamp = ++this.stamp;
    const seen: number[] = [];
    visitAll((term, weight) => {
      const number = numberOf(term);
      if (number >= this.stamps.length) this.growTally(number + 1);
      if (this.stamps[number] !== stamp) {
        this.stamps[number] = stamp;
        this.tally[number] = 0;
        seen.push(number);
      }
      this.tally[number]! += weight;
    });
    const sorted = Int32Array.from(seen).sort();
    const from = this.reserve(sorted.length);
    this.terms.set(sorted, from);
    for (let k = 0; k < sorted.length; k++) this.counts[from + k] = this.tally[sorted[k]!]!;
    return this.views(from, sorted.length);
  }

  /** Position where `length` entries fit in the current chunk (a new one if needed). */
  private reserve(length: number): number {
    if (this.used + length > this.terms.length) {
      this.terms = new Int32Array(Math.max(CHUNK_ENTRIES, length));
      this.counts = new Float32Array(this.terms.length);
      this.used = 0;
    }
    const from = this.used;
    this.used += length;
    return from;
  }

  private views(from: number, length: number): { terms: Int32Array; counts: Float32Array } {
    return { terms: this.terms.subarray(from, from + length), counts: this.counts.subarray(from, from + length) };
  }

  private growTally(length: number): void {
    const size = Math.max(length, this.stamps.length * 2);
    const [tally, stamps] = [new Float64Array(size), new Int32Array(size)];
    tally.set(this.tally);
    stamps.set(this.stamps);
    [this.tally, this.stamps] = [tally, stamps];
  }
}
