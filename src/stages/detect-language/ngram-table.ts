import {
  COUNT_BITS,
  ENTRIES,
  firstSlot,
  HIGH,
  keyOfName,
  LOW,
  loadNgramDatabase,
  MASK,
  MAX_COUNT,
  POINTS_MASK,
  SLOT_INTS,
  SLOTS,
  STAMP,
} from "./ngram-database.js";

/**
 * eld's medium n-gram database, as a complete open-addressing hash table in one typed array
 * (ngram-database.ts), and the distinct n-grams of the text being detected (eld counts each n-gram
 * of a text once).
 *
 * Scoring an n-gram is then a read of one 16-byte slot (key, entries, last text that counted it)
 * and of its entries (language id and points, one int each), instead of a look-up in a 105k-key
 * object and a `for..in` over the languages that have it. Memory locality matters: between two
 * articles the other stages evict the CPU caches, and each cache miss costs as much as the arithmetic.
 *
 * The table holds every n-gram of the database, so an n-gram not found has no language. Such
 * n-grams are added to the table when first met (with no entries), so that counting each once per
 * text stays a stamp in its slot, until the table is 70% full; past that they are counted by name.
 */

/** Longest n-gram, in bytes, with a numeric key; longer ones (tails of words over 71 bytes) go by name. */
export { MAX_KEYED_BYTES } from "./ngram-database.js";

const MAX_CACHED = Math.floor(SLOTS * 0.7);

const database = await loadNgramDatabase();
/** Language codes by eld's language id. */
export const languageCodes: readonly string[] = database.languages;
const table = database.table;
const entries = database.entries;
let cachedCount = database.ngrams;

/** Stamp of the text being detected: a slot stamped with it was counted for this text. */
let stamp = 0;
let totals: Int32Array = new Int32Array(0);
let distinctCount = 0;
/** Distinct n-grams of this text that are not in the table (long ones, or met once the table was full). */
let uncached: Set<string> | null = null;

/** Starts a text: n-grams are counted anew, their points added to `textTotals` (by language id). */
export function startText(textTotals: Int32Array): void {
  if (stamp === 0x7fffffff) {
    for (let slot = 0; slot < SLOTS; slot++) table[slot * SLOT_INTS + STAMP] = 0;
    stamp = 0;
  }
  stamp++;
  totals = textTotals;
  distinctCount = 0;
  uncached = null;
}

/** How many distinct n-grams the text has had so far. */
export function distinctNgrams(): number {
  return distinctCount;
}

/**
 * Counts the n-gram keyed `high`/`low` (whose character codes are `codes[from..to)`, framed by a
 * space before and/or after as flagged), unless the text already had it.
 */
export function addNgram(
  high: number,
  low: number,
  codes: Uint8Array,
  from: number,
  to: number,
  spaceBefore: boolean,
  spaceAfter: boolean,
): void {
  let slot = firstSlot(high, low);
  for (let at = slot * SLOT_INTS; table[at + LOW] !== 0; at = slot * SLOT_INTS) {
    if (table[at + LOW] === low && table[at + HIGH] === high) {
      if (table[at + STAMP] === stamp) return;
      table[at + STAMP] = stamp;
      distinctCount++;
      addPoints(table[at + ENTRIES] as number);
      return;
    }
    slot = (slot + 1) & MASK;
  }
  // In no language: remembered (no entries) while the table has room, so the text counts it once.
  if (cachedCount >= MAX_CACHED) {
    addNamedNgram(ngramName(codes, from, to, spaceBefore, spaceAfter));
    return;
  }
  const at = slot * SLOT_INTS;
  table[at + LOW] = low;
  table[at + HIGH] = high;
  table[at + ENTRIES] = 0;
  table[at + STAMP] = stamp;
  cachedCount++;
  distinctCount++;
}

/**
 * Counts the n-gram `name` (as eld spells it) unless the text already had it: its points when the
 * database has it.
 */
export function addNamedNgram(name: string): void {
  uncached ??= new Set();
  if (uncached.has(name)) return;
  uncached.add(name);
  distinctCount++;
  const key = keyOfName(name);
  if (key === null) return;
  let slot = firstSlot(key.high, key.low);
  for (let at = slot * SLOT_INTS; table[at + LOW] !== 0; at = slot * SLOT_INTS) {
    if (table[at + LOW] === key.low && table[at + HIGH] === key.high) {
      addPoints(table[at + ENTRIES] as number);
      return;
    }
    slot = (slot + 1) & MASK;
  }
}

/** Adds to the text's totals the points of the entries packed in a slot's ENTRIES. */
function addPoints(packed: number): void {
  const end = (packed >>> COUNT_BITS) + (packed & MAX_COUNT);
  for (let entry = packed >>> COUNT_BITS; entry < end; entry++) {
    const language = (entries[entry] as number) >>> 16;
    totals[language] = (totals[language] as number) + ((entries[entry] as number) & POINTS_MASK);
  }
}

/** The n-gram as eld spells it: its character codes, framed by the flagged spaces. */
export function ngramName(
  codes: Uint8Array,
  from: number,
  to: number,
  spaceBefore: boolean,
  spaceAfter: boolean,
): string {
  let name = spaceBefore ? " " : "";
  for (let i = from; i < to; i++) name += String.fromCharCode(codes[i] as number);
  return spaceAfter ? `${name} ` : name;
}

/** Memory the cache holds now, and how many n-grams and entries it has converted (for measurements). */
export function ngramCacheSize(): { bytes: number; ngrams: number; entries: number } {
  return { bytes: table.byteLength + entries.byteLength, ngrams: cachedCount, entries: entries.length };
}
