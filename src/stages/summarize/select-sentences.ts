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
  /**
   * Sentences of one statement known to say the same thing whatever their words (one fact in several languages),
   * numbered from 0, or -1; and the sentence's language. Once one is chosen, those of the statement in another
   * language repeat it, which their words cannot tell; in the same language, the words' closeness decides as ever.
   */
  statement?: number;
  language?: string;
}

/** How close `sentence` is to `other`: the same statement in another language is a repeat, whatever the words. */
function closenessTo(sentence: SelectableSentence, other: SelectableSentence): number {
  const statement = sentence.statement ?? -1;
  if (statement >= 0 && statement === other.statement && sentence.language !== other.language) return 1;
  return cosine(other.vector, sentence.vector);
}

/**
 * Maximal marginal relevance under a word budget: repeatedly takes the sentence with the best
 * `lambda * score - (1 - lambda) * closeness to what is already chosen` among those that still fit,
 * skipping sentences that repeat a chosen one. Scores are scaled to [0, 1] first so `lambda` means
 * the same on every story. Returns the indices chosen, in the order they were chosen.
 *
 * A sentence's closeness only grows as sentences are chosen, so its value with the closeness last worked out is
 * a bound: one whose bound cannot beat the best value met so far is passed over without comparing it with the
 * sentences chosen since (the maximum of the same cosines is the same whenever it is taken).
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
  // Per sentence: its closeness to the first `comparedWith[i]` chosen sentences.
  const closeness = new Float64Array(sentences.length);
  const comparedWith = new Int32Array(sentences.length);
  // The sentences still in the running, in order.
  let running = eligible;
  const chosen: number[] = [];
  let remaining = options.words;
  for (;;) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    let kept = 0;
    for (const i of running) {
      const sentence = sentences[i]!;
      // The budget only shrinks and closeness only grows: a sentence out of the running now stays out, and
      // needs no more comparing.
      if (sentence.words > remaining || closeness[i]! >= options.redundancy || scale(sentence.score) < options.minScore)
        continue;
      running[kept++] = i;
      if (!(options.lambda * scale(sentence.score) - (1 - options.lambda) * closeness[i]! > bestValue)) continue;
      for (let k = comparedWith[i]!; k < chosen.length; k++)
        closeness[i] = Math.max(closeness[i]!, closenessTo(sentence, sentences[chosen[k]!]!));
      comparedWith[i] = chosen.length;
      if (closeness[i]! >= options.redundancy) continue;
      const value = options.lambda * scale(sentence.score) - (1 - options.lambda) * closeness[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    running.length = kept;
    if (best < 0) break;
    chosen.push(best);
    remaining -= sentences[best]!.words;
    running = running.filter((i) => i !== best);
  }
  return chosen;
}
