/** Bits of a shingle hash that pick its bin; the remaining low bits are its value in the bin. */
const VALUE_BITS = 24;
const VALUE_MASK = (1 << VALUE_BITS) - 1;

/**
 * MinHash signature of a set of (well-mixed) 32-bit shingle hashes, by one-permutation hashing:
 * each hash falls into one of `count` bins (its top 8 bits) and each bin keeps its smallest value;
 * an empty bin borrows the value of the next filled bin, marked with the distance (rotation
 * densification, Shrivastava & Li 2014). Two sets agree on a bin with probability close to their
 * Jaccard similarity. Linear in the number of shingles; `count` must be 256 or a divisor of it.
 */
export function minHashSignature(shingles: Uint32Array, count: number): Uint32Array {
  if (256 % count !== 0) throw new Error(`minHashSignature: count must divide 256, got ${count}`);
  const shift = 32 - Math.log2(count);
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (const shingle of shingles) {
    const bin = shingle >>> shift;
    const value = shingle & VALUE_MASK;
    if (value < signature[bin]!) signature[bin] = value;
  }
  if (shingles.length === 0) return signature;
  const filled = signature.map((value) => (value === 0xffffffff ? 0 : 1));
  for (let bin = 0; bin < count; bin++) {
    if (filled[bin]) continue;
    let distance = 1;
    while (!filled[(bin + distance) % count]) distance++;
    signature[bin] = ((distance << VALUE_BITS) | signature[(bin + distance) % count]!) >>> 0;
  }
  return signature;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity of their sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
