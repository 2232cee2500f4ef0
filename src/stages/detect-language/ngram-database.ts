import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ELD_ENTRY, eldVersion } from "./eld-data.js";

/**
 * eld's medium n-gram database as one open-addressing hash table in typed arrays, built once from
 * eld's own data and then kept in a cache file, so that no thread ever loads eld's database module
 * again: parsing that 2 MB object literal costs ~650 ms and ~190 MB of memory in every thread
 * (main thread and each worker), the table ~5 MB and a few milliseconds to read.
 *
 * An n-gram of up to 6 bytes, each spelled by one character code from 1 to 255, is keyed by those
 * codes read as a base-256 number, held in two ints: `high` (the first 0-2 codes) and `low` (the last
 * 4, never 0). Distinct n-grams have distinct keys (no zero code, so no two lengths collide). eld's
 * database holds no longer n-gram.
 */
export interface NgramDatabase {
  /** Language codes by eld's language id. */
  languages: string[];
  /** SLOT_INTS ints per slot (key low, key high, entries, stamp); a slot is free while its low is 0. */
  table: Int32Array;
  /** Entries of all n-grams: (language id << 16) | points. */
  entries: Int32Array;
  /** N-grams in the table. */
  ngrams: number;
}

export const MAX_KEYED_BYTES = 6;
export const SLOTS = 1 << 18;
export const MASK = SLOTS - 1;
export const SLOT_INTS = 4;
export const LOW = 0;
export const HIGH = 1;
export const ENTRIES = 2;
export const STAMP = 3;
/** Entry counts are packed in the low bits of ENTRIES (the database has at most 31 per n-gram). */
export const COUNT_BITS = 6;
export const MAX_COUNT = (1 << COUNT_BITS) - 1;
/** An entry is (language id << 16) | points, points being eld's stored score plus BASE_NGRAM_SCORE. */
export const POINTS_MASK = 0xffff;
/** What eld adds back to every stored n-gram score (`baseNgramScore`). */
const BASE_NGRAM_SCORE = 53;

/** The slot an n-gram's key hashes to first. */
export function firstSlot(high: number, low: number): number {
  let hash = Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x7f4a7c15, 0x85ebca77);
  hash ^= hash >>> 15;
  return hash & MASK;
}

/** The key of an n-gram spelled as eld spells it, or null when it has no numeric key (too long, odd codes). */
export function keyOfName(name: string): { high: number; low: number } | null {
  if (name.length === 0 || name.length > MAX_KEYED_BYTES) return null;
  let high = 0;
  let low = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 1 || code > 255) return null;
    high = (high << 8) | (low >>> 24);
    low = (low << 8) | code;
  }
  return { high, low };
}

/** eld's medium database as eld's module holds it. */
interface EldNgrams {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** The table built from eld's database; throws if eld's data no longer fits it (a new eld version). */
export function buildNgramDatabase(data: EldNgrams): NgramDatabase {
  const languages: string[] = [];
  for (const [id, code] of Object.entries(data.languages)) languages[Number(id)] = code;
  const table = new Int32Array(SLOTS * SLOT_INTS);
  const entries: number[] = [];
  let ngrams = 0;
  for (const name in data.ngrams) {
    const key = keyOfName(name);
    if (key === null) throw new Error(`eld's n-gram ${JSON.stringify(name)} has no numeric key`);
    const first = entries.length;
    const scores = data.ngrams[name]!;
    for (const id in scores) {
      const points = scores[id]! + BASE_NGRAM_SCORE;
      const language = Number(id);
      if (!Number.isInteger(points) || points < 0 || points > POINTS_MASK || languages[language] === undefined)
        throw new Error(`eld's n-gram ${JSON.stringify(name)} has points that do not add exactly`);
      entries.push((language << 16) | points);
    }
    if (entries.length - first > MAX_COUNT)
      throw new Error(`eld's n-gram ${JSON.stringify(name)} has too many languages`);
    let slot = firstSlot(key.high, key.low);
    while (table[slot * SLOT_INTS + LOW] !== 0) slot = (slot + 1) & MASK;
    const at = slot * SLOT_INTS;
    table[at + LOW] = key.low;
    table[at + HIGH] = key.high;
    table[at + ENTRIES] = (first << COUNT_BITS) | (entries.length - first);
    ngrams++;
  }
  return { languages, table, entries: Int32Array.from(entries), ngrams };
}

/** Bumped whenever the file layout or the table's hashing changes. */
const FORMAT = 1;
const MAGIC = "recoupe-eld-ngrams";

/**
 * Where the table is cached: RECOUPE_CACHE_DIR, else `node_modules/.cache/recoupe` beside the
 * installed eld (the usual place for a package's caches, writable wherever npm could install).
 */
function cacheFile(): string {
  const directory =
    process.env.RECOUPE_CACHE_DIR ??
    (() => {
      const eldFile = fileURLToPath(ELD_ENTRY);
      const modules = eldFile.lastIndexOf(`${sep}node_modules${sep}`);
      return modules < 0
        ? join(dirname(eldFile), ".cache")
        : join(eldFile.slice(0, modules), "node_modules", ".cache", "recoupe");
    })();
  return join(directory, `eld-${eldVersion}-medium-v${FORMAT}.bin`);
}

/** Header (JSON, then padding to 4 bytes), table, entries. */
function serialize(database: NgramDatabase): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      magic: MAGIC,
      format: FORMAT,
      eld: eldVersion,
      languages: database.languages,
      slots: SLOTS,
      entries: database.entries.length,
      ngrams: database.ngrams,
    }),
  );
  const headerBytes = Math.ceil((4 + header.length) / 4) * 4;
  const out = Buffer.alloc(headerBytes + database.table.byteLength + database.entries.byteLength);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  Buffer.from(database.table.buffer, database.table.byteOffset, database.table.byteLength).copy(out, headerBytes);
  Buffer.from(database.entries.buffer, database.entries.byteOffset, database.entries.byteLength).copy(
    out,
    headerBytes + database.table.byteLength,
  );
  return out;
}

/** The database in `bytes`, or null when they are not a complete table of this format and eld version. */
export function deserialize(bytes: Buffer): NgramDatabase | null {
  if (bytes.length < 4) return null;
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) return null;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(bytes.toString("utf8", 4, 4 + length)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { magic, format, eld, languages, slots, entries, ngrams } = header;
  if (magic !== MAGIC || format !== FORMAT || eld !== eldVersion || slots !== SLOTS) return null;
  if (!Array.isArray(languages) || typeof entries !== "number" || typeof ngrams !== "number") return null;
  const headerBytes = Math.ceil((4 + length) / 4) * 4;
  const tableBytes = SLOTS * SLOT_INTS * 4;
  if (bytes.length !== headerBytes + tableBytes + entries * 4) return null;
  // Copied into arrays of their own: aligned, and writable (the table's stamps change as texts are read).
  const copy = new Uint8Array(bytes.length - headerBytes);
  copy.set(bytes.subarray(headerBytes));
  return {
    languages: languages as string[],
    table: new Int32Array(copy.buffer, 0, SLOTS * SLOT_INTS),
    entries: new Int32Array(copy.buffer, tableBytes, entries),
    ngrams,
  };
}

/** eld's database module, read only when no cached table can be used. */
async function importEldNgrams(): Promise<EldNgrams> {
  const module = (await import(new URL("../ngrams/medium.js", ELD_ENTRY).href)) as { ngramsData: EldNgrams };
  return module.ngramsData;
}

/**
 * The table: from the cache file when it holds one for this eld version, else built from eld's
 * database and written there for the next thread or run (atomically; a cache that cannot be written
 * only costs the next run the same build).
 */
export async function loadNgramDatabase(): Promise<NgramDatabase> {
  const file = cacheFile();
  try {
    const cached = deserialize(readFileSync(file));
    if (cached !== null) return cached;
  } catch {
    // No cache yet (or unreadable): built below.
  }
  const database = buildNgramDatabase(await importEldNgrams());
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, serialize(database));
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
  return database;
}
