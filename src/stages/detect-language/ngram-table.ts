import { eldData } from "./eld-data.js";

/**
 * eld's medium n-gram database, cached as an open-addressing hash table in one typed array, and the
 * distinct n-grams of the text being detected (eld counts each n-gram of a text once).
 *
 * Scoring an n-gram is then a read of one 16-byte slot (key, entries, last text that counted it)
 * and of its entries (language id and points, one int each), instead of a look-up in a 105k-key
 * object and a `for..in` over the languages that have it. Memory locality matters: between two
 * articles the other stages evict the CPU caches, and each cache miss costs as much as the arithmetic.
 *
 * Converting the whole database up front would cost ~90 ms in every worker (mostly enumerating 172k
 * small objects), so n-grams are converted when first met, absent ones included (cached as having no
 * language), until the table is 70% full; past that, n-grams not yet cached are read from eld's
 * object each time, as eld itself does.
 *
 * An n-gram of up to 6 bytes, each spelled by one character code from 1 to 255, is keyed by those
 * codes read as a base-256 number, held in two ints: `high` (the first 0-2 codes) and `low` (the last
 * 4, never 0). Distinct n-grams have distinct keys (no zero code, so no two lengths collide).
 */

/** Longest n-gram, in bytes, with a numeric key; longer ones (tails of words over 71 bytes) go by name. */
export const MAX_KEYED_BYTES = 6;

/** What eld adds back to every stored n-gram score (`baseNgramScore`). */
const BASE_NGRAM_SCORE = 53;
const SLOTS = 1 << 18;
const MASK = SLOTS - 1;
const MAX_CACHED = Math.floor(SLOTS * 0.7);
/** Ints per slot: key low, key high, entries, stamp. */
const SLOT_INTS = 4;
const LOW = 0;
const HIGH = 1;
const ENTRIES = 2;
const STAMP = 3;
/** Entry counts are packed in the low bits of ENTRIES (the database has at most 31 per n-gram). */
const COUNT_BITS = 6;
const MAX_COUNT = (1 << COUNT_BITS) - 1;
/** An entry is (language id << 16) | points, points being eld's stored score plus BASE_NGRAM_SCORE. */
const POINTS_MASK = 0xffff;

const ngrams = eldData.ngramsData.ngrams as Record<string, Record<string, number> | undefined>;
/** SLOT_INTS ints per slot; a slot is free while its LOW is 0. */
const table = new Int32Array(SLOTS * SLOT_INTS);
let entries = new Int32Array(1 << 16);
let entryCount = 0;
let cachedCount = 0;
/**
 * Set if eld's database ever shows points that are not small integers (or a language id that is not
 * one): sums would then depend on eld's order of addition, and eld must be used instead.
 */
let unsupportedPoints = false;

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

/** False once eld's database has shown points this table cannot add exactly (see unsupportedPoints). */
export function pointsAddExactly(): boolean {
  return !unsupportedPoints;
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
  let hash = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca77);
  hash ^= hash >>> 15;
  let slot = hash & MASK;
  for (let at = slot * SLOT_INTS; table[at + LOW] !== 0; at = slot * SLOT_INTS) {
    if (table[at + LOW] === low && table[at + HIGH] === high) {
      if (table[at + STAMP] === stamp) return;
      table[at + STAMP] = stamp;
      distinctCount++;
      const packed = table[at + ENTRIES] as number;
      const end = (packed >>> COUNT_BITS) + (packed & MAX_COUNT);
      for (let entry = packed >>> COUNT_BITS; entry < end; entry++) {
        const language = (entries[entry] as number) >>> 16;
        totals[language] = (totals[language] as number) + ((entries[entry] as number) & POINTS_MASK);
      }
      return;
    }
    slot = (slot + 1) & MASK;
  }
  const name = ngramName(codes, from, to, spaceBefore, spaceAfter);
  if (cachedCount >= MAX_CACHED) addNamedNgram(name);
  else cacheNgram(high, low, slot, name);
}

/** Counts the n-gram `name` unless the text already had it, reading eld's object as eld does. */
export function addNamedNgram(name: string): void {
  uncached ??= new Set();
  if (uncached.has(name)) return;
  uncached.add(name);
  distinctCount++;
  const scores = ngrams[name];
  for (const id in scores) {
    const value = (scores[id] as number) + BASE_NGRAM_SCORE;
    if (!isSmallInteger(value) || !isSmallInteger(Number(id))) unsupportedPoints = true;
    totals[Number(id)] += value;
  }
}

function isSmallInteger(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= POINTS_MASK;
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

/** First meeting of an n-gram (in any text): its points from eld's object, kept in free slot `slot`. */
function cacheNgram(high: number, low: number, slot: number, name: string): void {
  const scores = ngrams[name];
  const first = entryCount;
  for (const id in scores) {
    if (entryCount === entries.length) {
      const more = new Int32Array(entries.length * 2);
      more.set(entries);
      entries = more;
    }
    const value = (scores[id] as number) + BASE_NGRAM_SCORE;
    if (!isSmallInteger(value) || !isSmallInteger(Number(id))) unsupportedPoints = true;
    entries[entryCount++] = (Number(id) << 16) | value;
  }
  if (entryCount - first > MAX_COUNT || unsupportedPoints) {
    // More languages than a slot can pack (none in the database): left uncached.
    entryCount = first;
    addNamedNgram(name);
    return;
  }
  const at = slot * SLOT_INTS;
  table[at + LOW] = low;
  table[at + HIGH] = high;
  table[at + ENTRIES] = (first << COUNT_BITS) | (entryCount - first);
  table[at + STAMP] = stamp;
  cachedCount++;
  distinctCount++;
  for (let entry = first; entry < entryCount; entry++) {
    const language = (entries[entry] as number) >>> 16;
    totals[language] = (totals[language] as number) + ((entries[entry] as number) & POINTS_MASK);
  }
}

/** Memory the cache holds now, and how many n-grams and entries it has converted (for measurements). */
export function ngramCacheSize(): { bytes: number; ngrams: number; entries: number } {
  return { bytes: table.byteLength + entries.byteLength, ngrams: cachedCount, entries: entryCount };
}
