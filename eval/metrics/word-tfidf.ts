// A plain lexical similarity for baselines: TF-IDF over lower-cased words (letters and digits, no stemming, no
// stopword list), IDF over the texts given, vectors normalised so that a dot product is their cosine.

export type WordVector = ReadonlyMap<string, number>;

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{N}']*|\p{N}+/gu) ?? [];
}

/** One normalised TF-IDF vector per item, by the item's `text`; the items are the IDF's documents. */
export function wordTfidf<T extends { text: string }>(items: readonly T[]): Map<T, WordVector> {
  const frequency = new Map<string, number>();
  for (const item of items)
    for (const word of new Set(words(item.text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const vectors = new Map<T, WordVector>();
  for (const item of items) {
    const weights = new Map<string, number>();
    for (const word of words(item.text)) weights.set(word, (weights.get(word) ?? 0) + 1);
    let norm = 0;
    for (const [word, count] of weights) {
      const weight = count * Math.log(items.length / frequency.get(word)!);
      weights.set(word, weight);
      norm += weight * weight;
    }
    for (const [word, weight] of weights) weights.set(word, weight / (Math.sqrt(norm) || 1));
    vectors.set(item, weights);
  }
  return vectors;
}

export function cosine(a: WordVector, b: WordVector): number {
  let sum = 0;
  for (const [word, weight] of a) sum += weight * (b.get(word) ?? 0);
  return sum;
}
