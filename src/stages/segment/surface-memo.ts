import { hashOf } from "./stored-slices.js";
import { SURFACE_TABLE_LIMIT, SurfaceTable } from "./surface-table.js";

/** Longest piece copied by one `String.fromCharCode` call (its arguments go on the stack). */
const COPY_CHUNK = 4096;

/**
 * A bounded memo from words to values, looked up by the word's offsets in a text. A hit costs no
 * substring and no string hashing, which are most of the cost of a `Map` keyed by a fresh slice per
 * token; and every token of a word then shares one string.
 *
 * Two generations keep memory bounded without forgetting the frequent words: when the current table
 * holds `capacity` words it becomes the previous one and a new table starts; a word found only in the
 * previous table is moved into the current one without being computed again. So at most twice
 * `capacity` words are held, and a large corpus, whose rare words fill the table again and again,
 * recomputes only words that went unseen for a whole generation.
 */
export class SurfaceMemo<T extends { readonly surface: string }> {
  private current = new SurfaceTable<T>();
  private previous: SurfaceTable<T> | undefined;

  constructor(
    private readonly compute: (surface: string) => T,
    private readonly capacity: number,
  ) {
    if (capacity > SURFACE_TABLE_LIMIT) throw new Error(`SurfaceMemo holds at most ${SURFACE_TABLE_LIMIT} words`);
  }

  /** The value for `text.slice(start, end)`, computed on first sight. */
  valueOf(text: string, start: number, end: number): T {
    const hash = hashOf(text, start, end);
    const found = this.current.find(text, start, end, hash);
    if (found !== undefined) return found;
    const value = this.previous?.find(text, start, end, hash) ?? this.compute(copyOf(text, start, end));
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new SurfaceTable<T>();
    }
    this.current.add(text, start, end, hash, value);
    return value;
  }
}

/**
 * `text.slice(start, end)` as a string of its own: V8 makes a longer slice a view into the text, and a
 * memo holding it would keep alive the whole article the word was first seen in.
 */
function copyOf(text: string, start: number, end: number): string {
  let copy = "";
  for (let from = start; from < end; from += COPY_CHUNK) {
    const codes: number[] = [];
    for (let index = from; index < Math.min(end, from + COPY_CHUNK); index++) codes.push(text.charCodeAt(index));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}
