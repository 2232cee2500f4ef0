/** Bits of a slot holding 1 + the entry's index; the bits above hold part of the word's hash. */
const INDEX_BITS = 17;
const INDEX_MASK = (1 << INDEX_BITS) - 1;

/**
 * A bounded memo from words to values, looked up by the word's offsets in a text. A hit costs no
 * substring and no string hashing, which are most of the cost of a `Map` keyed by a fresh slice per
 * token; and every token of a word then shares one string. Open addressing over one Int32Array whose
 * slots also hold a piece of the hash, so a miss rarely touches a stored string. When full, it starts
 * afresh, like `memoizeWord`.
 */
export class SurfaceMemo<T extends { readonly surface: string }> {
  private slots = new Int32Array(1024);
  private entries: T[] = [];

  constructor(
    private readonly compute: (surface: string) => T,
    private readonly capacity: number,
  ) {
    if (capacity >= INDEX_MASK) throw new Error(`SurfaceMemo holds fewer than ${INDEX_MASK} words`);
  }

  /** The value for `text.slice(start, end)`, computed on first sight. */
  valueOf(text: string, start: number, end: number): T {
    const hash = hashOf(text, start, end);
    const tag = hash & ~INDEX_MASK;
    const mask = this.slots.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const content = this.slots[slot]!;
      if (content === 0) break;
      if ((content & ~INDEX_MASK) === tag) {
        const entry = this.entries[(content & INDEX_MASK) - 1]!;
        if (sameText(entry.surface, text, start, end)) return entry;
      }
    }
    const value = this.compute(text.slice(start, end));
    if (this.entries.length >= this.capacity) {
      this.slots = new Int32Array(1024);
      this.entries = [];
    }
    this.entries.push(value);
    if (this.entries.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(hash, this.entries.length);
    return value;
  }

  private place(hash: number, entryNumber: number): void {
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = (hash & ~INDEX_MASK) | entryNumber;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let index = 0; index < this.entries.length; index++) {
      const surface = this.entries[index]!.surface;
      this.place(hashOf(surface, 0, surface.length), index + 1);
    }
  }
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

function sameText(surface: string, text: string, start: number, end: number): boolean {
  if (surface.length !== end - start) return false;
  for (let index = 0; index < surface.length; index++) {
    if (surface.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  }
  return true;
}
