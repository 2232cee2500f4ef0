import type { Token } from "../domain/text.js";

/** Sparse vector: stem → weight. */
export type TermVector = Map<string, number>;

/** `/^\d/` (an ASCII digit first) without running a regex per token. */
function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Counts of content stems (stopwords, one-letter tokens and bare numbers left out) in `tokens`,
 * optionally restricted to tokens of one sentence.
 */
export function termCounts(tokens: readonly Token[], sentence?: number): TermVector {
  const counts: TermVector = new Map();
  for (const token of tokens) {
    if (sentence !== undefined && token.sentence !== sentence) continue;
    if (token.isStopword || token.stem.length < 2 || startsWithDigit(token.stem)) continue;
    counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  }
  return counts;
}

/** Multiplies each count by its inverse document frequency and scales the vector to unit length. */
export function weightVector(counts: TermVector, idf: (term: string) => number, sublinear = true): TermVector {
  const weighted: TermVector = new Map();
  let norm = 0;
  counts.forEach((count, term) => {
    const weight = (sublinear ? 1 + Math.log(count) : count) * idf(term);
    if (weight <= 0) return;
    weighted.set(term, weight);
    norm += weight * weight;
  });
  return scaledToUnit(weighted, norm);
}

/**
 * `weightVector(counts, idf, false)` written over `counts` itself, for a caller that needs the counts no
 * more: no second map. Every count and IDF must be positive (no term is left out).
 */
export function weighInPlace(counts: TermVector, idf: (term: string) => number): TermVector {
  let norm = 0;
  counts.forEach((count, term) => {
    const weight = count * idf(term);
    counts.set(term, weight);
    norm += weight * weight;
  });
  return scaledToUnit(counts, norm);
}

/**
 * `vector` divided by its length (`norm` is the sum of its squared weights), in place. Maps are walked
 * with `forEach` here and above: `for…of` would make a [term, weight] array per entry.
 */
function scaledToUnit(vector: TermVector, norm: number): TermVector {
  if (norm === 0) return vector;
  const length = Math.sqrt(norm);
  vector.forEach((weight, term) => {
    vector.set(term, weight / length);
  });
  return vector;
}
