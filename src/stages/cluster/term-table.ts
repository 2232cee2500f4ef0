import { hashOf, StoredSlices } from "../segment/index.js";
import { grown } from "./grown.js";

/**
 * Numbers terms 0, 1, 2… in the order they are first met, looked up by their offsets in a text: a
 * feature read out of an article's joined features (`ClusterFeatures.terms`) is numbered without
 * being cut out as a string of its own, and a known one (nearly all of them, past the first
 * thousands of articles) costs no allocation and no string hashing. Open addressing over an
 * Int32Array of entry numbers; each entry's full hash and characters (`StoredSlices`) settle a hit.
 * No limit on the number of terms (`SurfaceTable` packs a 17-bit index in its slots; a corpus's
 * vocabulary outgrows it).
 */
export class TermTable {
  /** 1 + the entry number, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private readonly terms = new StoredSlices();

  /** Terms numbered so far. */
  get size(): number {
    return this.terms.size;
  }

  /** The number of `text.slice(start, end)`; a term not seen before gets the next number. */
  numberAt(text: string, start: number, end: number): number {
    // As an int32, like the stored hashes (the hash of "" is the unsigned FNV basis).
    const hash = hashOf(text, start, end) | 0;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (this.hashes[entry] === hash && this.terms.holds(entry, text, start, end)) return entry;
    }
    const entry = this.terms.add(text, start, end);
    this.hashes = grown(this.hashes, entry + 1);
    this.hashes[entry] = hash;
    if (this.terms.size * 2 > slots.length) this.rehash(slots.length * 2);
    else slots[slot] = entry + 1;
    return entry;
  }

  /** The number of `term` (as `numberAt` over the whole string). */
  numberOf(term: string): number {
    return this.numberAt(term, 0, term.length);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.terms.size; entry++) {
      const hash = this.hashes[entry]!;
      let slot = (hash ^ (hash >>> 15)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}
