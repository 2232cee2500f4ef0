import { StoredSlices } from "./stored-slices.js";

/** Bits of a slot holding 1 + the entry's index; the bits above hold part of the word's hash. */
const INDEX_BITS = 17;
const INDEX_MASK = (1 << INDEX_BITS) - 1;
/** Most entries a table can number in its slots. */
export const SURFACE_TABLE_LIMIT = INDEX_MASK - 1;

/**
 * Words → values, found by a word's offsets in a text and its hash: one generation of `SurfaceMemo`.
 * Open addressing over one Int32Array whose slots also hold a piece of the hash, so a miss rarely looks
 * further. The words' characters are kept side by side (`StoredSlices`), in the order they came: a hit
 * compares against them instead of against the stored string, and the frequent words, seen first, sit
 * close together there, as do their values.
 */
export class SurfaceTable<T> {
  private slots = new Int32Array(1024);
  private readonly values: T[] = [];
  private readonly words = new StoredSlices();

  get size(): number {
    return this.values.length;
  }

  /** The value stored for `text.slice(start, end)`, whose hash is `hash`, or undefined. */
  find(text: string, start: number, end: number, hash: number): T | undefined {
    const tag = hash & ~INDEX_MASK;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const content = slots[slot]!;
      if (content === 0) return undefined;
      if ((content & ~INDEX_MASK) === tag) {
        const index = (content & INDEX_MASK) - 1;
        if (this.words.holds(index, text, start, end)) return this.values[index];
      }
    }
  }

  /** Stores `value` for `text.slice(start, end)`, known to be absent, whose hash is `hash`. */
  add(text: string, start: number, end: number, hash: number, value: T): void {
    const index = this.words.add(text, start, end);
    this.values.push(value);
    if (this.values.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(hash, index + 1);
  }

  private place(hash: number, entryNumber: number): void {
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = (hash & ~INDEX_MASK) | entryNumber;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.values.length; index++) this.place(this.words.hashOf(index), index + 1);
  }
}
