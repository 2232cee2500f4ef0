import { hashOf } from "../segment/index.js";
import { grown } from "./grown.js";

/**
 * Numbers terms 0, 1, 2… in the order they are first met, looked up by their offsets in a text: a
 * feature read out of an article's joined features (`ClusterFeatures.terms`) is numbered without
 * being cut out as a string of its own, and a known one (nearly all of them, past the first
 * thousands of articles) costs no allocation and no string hashing. Open addressing over an
 * Int32Array of entry numbers; each entry's full hash and characters (side by side in one
 * Uint16Array) settle a hit. No limit on the number of terms.
 */
export class TermTable {
  /** 1 + the entry number, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  /** Where each entry's characters start in `chars`; one more item gives the end of the last. */
  private starts = new Int32Array(513);
  private chars = new Uint16Array(4096);
  private count = 0;

  /** Terms numbered so far. */
  get size(): number {
    return this.count;
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
      if (this.hashes[entry] === hash && this.holdsAt(entry, text, start, end)) return entry;
    }
    return this.append(text, start, end, hash, slot);
  }

  /** The number of `term` (as `numberAt` over the whole string). */
  numberOf(term: string): number {
    return this.numberAt(term, 0, term.length);
  }

  private append(text: string, start: number, end: number, hash: number, slot: number): number {
    const entry = this.count++;
    this.hashes = grown(this.hashes, entry + 1);
    this.starts = grown(this.starts, entry + 2);
    const from = this.starts[entry]!;
    const to = from + end - start;
    this.chars = grown(this.chars, to);
    for (let offset = 0; offset < end - start; offset++) this.chars[from + offset] = text.charCodeAt(start + offset);
    this.starts[entry + 1] = to;
    this.hashes[entry] = hash;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[slot] = entry + 1;
    return entry;
  }

  private holdsAt(entry: number, text: string, start: number, end: number): boolean {
    const from = this.starts[entry]!;
    if (this.starts[entry + 1]! - from !== end - start) return false;
    const chars = this.chars;
    for (let offset = 0; offset < end - start; offset++) {
      if (chars[from + offset] !== text.charCodeAt(start + offset)) return false;
    }
    return true;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = this.hashes[entry]!;
      let slot = (hash ^ (hash >>> 15)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}
