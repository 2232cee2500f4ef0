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

/**
 * Distinct hashes of the `size`-word shingles of `tokens` (lower-cased, accent-folded words, stopwords
 * kept: copies share their exact wording). A text shorter than one shingle gives one shingle of all its words.
 */
export function wordShingles(tokens: readonly Token[], size: number): Uint32Array {
  // Each word is hashed once; a shingle's hash combines its words' hashes (no string is built per shingle).
  const words = tokens.map((token) => hashString(foldAccents(token.normal)));
  if (words.length === 0) return new Uint32Array(0);
  const combine = (from: number, to: number): number => {
    let hash = 0x811c9dc5;
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
    return mix32(hash);
  };
  if (words.length < size) return Uint32Array.of(combine(0, words.length));
  const hashes = new Set<number>();
  for (let start = 0; start + size <= words.length; start++) hashes.add(combine(start, start + size));
  return Uint32Array.from(hashes);
}
