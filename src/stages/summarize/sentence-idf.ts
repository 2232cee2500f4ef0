import type { TermVector } from "../../similarity/index.js";

/**
 * The smoothed IDF of `DocumentFrequencies`, ln((1 + N) / (1 + df)) + 1, over sentences given by their term
 * counts: a count's terms are distinct already, so they are counted without a set per sentence.
 */
export function sentenceIdf(counts: Iterable<TermVector>): (term: string) => number {
  const frequencies = new Map<string, number>();
  let sentences = 0;
  for (const terms of counts) {
    sentences++;
    for (const term of terms.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  return (term) => Math.log((1 + sentences) / (1 + (frequencies.get(term) ?? 0))) + 1;
}
