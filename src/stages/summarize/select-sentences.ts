import { cosine, type TermVector } from "../../similarity/index.js";

export interface SelectionOptions {
  /** Word budget: the chosen sentences' words add up to at most this. */
  words: number;
  /** MMR trade-off: 1 = score only, 0 = diversity only. */
  lambda: number;
  /** A sentence this close (cosine) to one already chosen says the same thing: never chosen. */
  redundancy: number;
  /** Scaled score (0 = the worst candidate, 1 = the best) below which a sentence is not worth its words. */
  minScore: number;
}

export interface SelectableSentence {
  score: number;
  words: number;
  vector: TermVector;
  eligible: boolean;
}

/**
 * Maximal marginal relevance under a word budget: repeatedly takes the sentence with the best
 * `lambda * score - (1 - lambda) * closeness to what is already chosen` among those that still fit,
 * skipping sentences that repeat a chosen one. Scores are scaled to [0, 1] first so `lambda` means
 * the same on every story. Returns the indices chosen, in the order they were chosen.
 */
export function selectSentences(sentences: readonly SelectableSentence[], options: SelectionOptions): number[] {
  const eligible = sentences
    .map((_, i) => i)
    .filter((i) => sentences[i]!.eligible && sentences[i]!.words <= options.words);
  if (eligible.length === 0) return [];
  const scores = eligible.map((i) => sentences[i]!.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const scale = (score: number) => (high > low ? (score - low) / (high - low) : 1);
  const closeness = new Map<number, number>(eligible.map((i) => [i, 0]));
  const chosen: number[] = [];
  let remaining = options.words;
  for (;;) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const [i, close] of closeness) {
      const sentence = sentences[i]!;
      // The budget only shrinks and closeness only grows: a sentence out of the running now stays out, and
      // needs no more comparing.
      if (sentence.words > remaining || close >= options.redundancy || scale(sentence.score) < options.minScore) {
        closeness.delete(i);
        continue;
      }
      const value = options.lambda * scale(sentence.score) - (1 - options.lambda) * close;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    remaining -= sentences[best]!.words;
    closeness.delete(best);
    const vector = sentences[best]!.vector;
    for (const [i, close] of closeness) closeness.set(i, Math.max(close, cosine(vector, sentences[i]!.vector)));
  }
  return chosen;
}
