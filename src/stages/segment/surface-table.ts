/** Bits of a slot holding 1 + the entry's index; the bits above hold part of the word's hash. */
const INDEX_BITS = 17;
const INDEX_MASK = (1 << INDEX_BITS) - 1;
/** Most entries a table can number in its slots. */
export const SURFACE_TABLE_LIMIT = INDEX_MASK - 1;

/**
 * Words → values, found by a word's offsets in a text and its hash: one generation of `SurfaceMemo`.
 * Open addressing over one Int32Array whose slots also hold a piece of the hash, so a miss rarely looks
 * further. The words' characters are kept side by side in one Uint16Array, in the order they came: a
 * hit compares against it instead of against the stored string (which may be a slice of some other,
 * long-gone article), and the frequent words, seen first, sit close together there, as do their values.
 */
export class SurfaceTable<T> {
  private slots = new Int32Array(1024);
  private readonly values: T[] = [];
  /** Where each entry's characters start in `chars`; one more item gives the end of the last. */
  private starts = new Int32Array(1024);
  private chars = new Uint16Array(8192);

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
        if (this.holdsAt(index, text, start, end)) return this.values[index];
      }
    }
  }

  /** Stores `value` for `text.slice(start, end)`, known to be absent, whose hash is `hash`. */
  add(text: string, start: number, end: number, hash: number, value: T): void {
    const index = this.values.length;
    this.values.push(value);
    const from = this.starts[index]!;
    const to = from + end - start;
    if (index + 2 > this.starts.length) this.starts = grown(this.starts, index + 2);
    if (to > this.chars.length) this.chars = grown(this.chars, to);
    for (let offset = 0; offset < end - start; offset++) this.chars[from + offset] = text.charCodeAt(start + offset);
    this.starts[index + 1] = to;
    if (this.values.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(hash, index + 1);
  }

  private holdsAt(index: number, text: string, start: number, end: number): boolean {
    const from = this.starts[index]!;
    if (this.starts[index + 1]! - from !== end - start) return false;
    const chars = this.chars;
    for (let offset = 0; offset < end - start; offset++) {
      if (chars[from + offset] !== text.charCodeAt(start + offset)) return false;
    }
    return true;
  }

  private place(hash: number, entryNumber: number): void {
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = (hash & ~INDEX_MASK) | entryNumber;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.values.length; index++) {
      this.place(hashOfChars(this.chars, this.starts[index]!, this.starts[index + 1]!), index + 1);
    }
  }
}

function grown<A extends Int32Array | Uint16Array>(array: A, atLeast: number): A {
  const copy = new (array.constructor as new (length: number) => A)(Math.max(array.length * 2, atLeast));
  copy.set(array);
  return copy;
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/** `hashOf` over code units kept in an array. */
function hashOfChars(chars: Uint16Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ chars[index]!, 0x01000193);
  return hash;
}
