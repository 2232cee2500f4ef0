const EMPTY = -1;

/**
 * LSH buckets: band key → the entries whose signature gave that key for one of their bands, on typed
 * arrays. A corpus of 57k articles holds 2.4 million band keys, nearly all of them alone in their
 * bucket: an open-addressing table of keys with the bucket's latest node, each node (one per entry
 * and band, numbered `entry × bands + band`) pointing to the previous node of its bucket, costs about
 * a dozen bytes per key where a `Map` of arrays costs several times that.
 */
export class BandBuckets {
  private keys = new Uint32Array(1024);
  /** Latest node of each slot's bucket, EMPTY for a free slot. */
  private heads = new Int32Array(1024).fill(EMPTY);
  private used = 0;
  /** The previous node of the same bucket (EMPTY for the first), by node. */
  private previous: Int32Array = new Int32Array(1024);

  constructor(private readonly bands: number) {}

  /** Adds band `band` of `entry` to the bucket of `key`, first calling `visit` with each entry already there. */
  add(key: number, entry: number, band: number, visit: (other: number) => void): void {
    const slot = this.slotOf(key);
    const bands = this.bands;
    for (let node = this.heads[slot]!; node !== EMPTY; node = this.previous[node]!)
      visit((node - (node % bands)) / bands);
    const node = entry * bands + band;
    if (node >= this.previous.length) {
      const grown = new Int32Array(Math.max(node + 1, this.previous.length * 2));
      grown.set(this.previous);
      this.previous = grown;
    }
    this.previous[node] = this.heads[slot]!;
    if (this.heads[slot] === EMPTY) {
      this.keys[slot] = key;
      this.used++;
    }
    this.heads[slot] = node;
    if (this.used * 4 > this.heads.length * 3) this.rehash();
  }

  /** The slot holding `key`, or the free slot where it goes. */
  private slotOf(key: number): number {
    const mask = this.heads.length - 1;
    let slot = key & mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const [keys, heads] = [this.keys, this.heads];
    this.keys = new Uint32Array(keys.length * 2);
    this.heads = new Int32Array(heads.length * 2).fill(EMPTY);
    for (let slot = 0; slot < heads.length; slot++) {
      if (heads[slot] === EMPTY) continue;
      const to = this.slotOf(keys[slot]!);
      this.keys[to] = keys[slot]!;
      this.heads[to] = heads[slot]!;
    }
  }
}
