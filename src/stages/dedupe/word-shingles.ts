import type { Token } from "../../domain/text.js";
import { foldAccents } from "../segment/index.js";

/** 32-bit FNV-1a hash of a string, mixed so its bits are usable as a random value. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return mix32(hash);
}

/** Murmur3's finaliser: spreads every input bit over the 32 output bits. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Distinct normal forms remembered with their hash before the memo starts afresh (memory stays bounded). */
const WORD_MEMO_CAPACITY = 100_000;
const wordHashes = new Map<string, number>();

/**
 * Hash of a word's lower-cased, accent-folded form. Lower-case ASCII, which folding leaves as it
 * is, is hashed on the spot; other words once each (news text repeats its words).
 */
function wordHash(normal: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) return foldedWordHash(normal);
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return mix32(hash);
}

function foldedWordHash(normal: string): number {
  let hash = wordHashes.get(normal);
  if (hash === undefined) {
    if (wordHashes.size >= WORD_MEMO_CAPACITY) wordHashes.clear();
    hash = hashString(foldAccents(normal));
    wordHashes.set(normal, hash);
  }
  return hash;
}

/** `values` without repeats, in order of first occurrence (an open-addressing table of positions). */
function distinct(values: Uint32Array): Uint32Array {
  let capacity = 16;
  while (capacity < values.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  const kept = new Uint32Array(values.length);
  let count = 0;
  for (const value of values) {
    let slot = value & mask;
    while (table[slot] !== -1 && kept[table[slot]!] !== value) slot = (slot + 1) & mask;
    if (table[slot] === -1) {
      table[slot] = count;
      kept[count++] = value;
    }
  }
  return kept.slice(0, count);
}

/**
 * Distinct hashes of the `size`-word shingles of `tokens` (lower-cased, accent-folded words, stopwords
 * kept: copies share their exact wording), in order of first occurrence. A text shorter than one
 * shingle gives one shingle of all its words.
 */
export function wordShingles(tokens: readonly Token[], size: number): Uint32Array {
  // Each word is hashed once; a shingle's hash combines its words' hashes (no string is built per shingle).
  const words = new Uint32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) words[k] = wordHash(tokens[k]!.normal);
  if (words.length === 0) return new Uint32Array(0);
  const combine = (from: number, to: number): number => {
    let hash = 0x811c9dc5;
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
    return mix32(hash);
  };
  if (words.length < size) return Uint32Array.of(combine(0, words.length));
  const hashes = new Uint32Array(words.length - size + 1);
  for (let start = 0; start < hashes.length; start++) hashes[start] = combine(start, start + size);
  return distinct(hashes);
}
