/**
 * Pieces of texts kept side by side in one Uint16Array, numbered in the order they came: a table keyed by
 * `text.slice(start, end)` compares a probe against them code unit by code unit, without cutting the probe
 * out of its text, and keeps no string alive (a slice may be a view into some long-gone article).
 */
export class StoredSlices {
  /** Where each piece starts in `chars`; one more item gives the end of the last. */
  private starts = new Int32Array(1024);
  private chars = new Uint16Array(8192);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Stores `text.slice(start, end)` as the next piece; returns its number. */
  add(text: string, start: number, end: number): number {
    const piece = this.count++;
    if (piece + 2 > this.starts.length) this.starts = grown(this.starts, piece + 2);
    const from = this.starts[piece]!;
    const to = from + end - start;
    if (to > this.chars.length) this.chars = grown(this.chars, to);
    for (let offset = 0; offset < end - start; offset++) this.chars[from + offset] = text.charCodeAt(start + offset);
    this.starts[piece + 1] = to;
    return piece;
  }

  /** Whether piece `piece` is `text.slice(start, end)`. */
  holds(piece: number, text: string, start: number, end: number): boolean {
    const from = this.starts[piece]!;
    if (this.starts[piece + 1]! - from !== end - start) return false;
    const chars = this.chars;
    for (let offset = 0; offset < end - start; offset++) {
      if (chars[from + offset] !== text.charCodeAt(start + offset)) return false;
    }
    return true;
  }

  /** `hashOf` of piece `piece`. */
  hashOf(piece: number): number {
    let hash = 0x811c9dc5;
    for (let index = this.starts[piece]!; index < this.starts[piece + 1]!; index++)
      hash = Math.imul(hash ^ this.chars[index]!, 0x01000193);
    return hash;
  }
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

function grown<A extends Int32Array | Uint16Array>(array: A, atLeast: number): A {
  const copy = new (array.constructor as new (length: number) => A)(Math.max(array.length * 2, atLeast));
  copy.set(array);
  return copy;
}
