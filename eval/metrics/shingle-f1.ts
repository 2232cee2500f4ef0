// The article-body metric of the Zyte / Scrapinghub article-extraction benchmark, re-implemented from its
// description: \w+ tokens, 4-gram shingles, per-document TP/FP/FN over shingle multisets normalised by
// TP+FP+FN, precision and recall averaged over documents, F1 of the two means.

/** Python's `\w` on str: letters, digits (any Unicode number) and the underscore. Marks are not word characters. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function shingleTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Shingles of `n` tokens; a text shorter than `n` tokens gives one shingle of all its tokens, an empty text none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = shingleTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-document overlap, each count divided by TP+FP+FN so that long documents do not weigh more. */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function matchShingles(expected: string, predicted: string, n = 4): ShingleMatch {
  const truth = shingles(expected, n);
  const guess = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of truth) {
    const predCount = guess.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of guess) fp += Math.max(0, predCount - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of documents whose token sequence is exactly the expected one. */
  accuracy: number;
  documents: number;
}

/** Means over documents: precision over those with TP+FP > 0, recall over those with TP+FN > 0. */
export function scoreShingles(pairs: Iterable<{ expected: string; predicted: string }>): ShingleScores {
  let precisionSum = 0;
  let precisionCount = 0;
  let recallSum = 0;
  let recallCount = 0;
  let exact = 0;
  let documents = 0;
  for (const { expected, predicted } of pairs) {
    documents++;
    const { tp, fp, fn } = matchShingles(expected, predicted);
    if (tp + fp > 0) {
      precisionSum += tp / (tp + fp);
      precisionCount++;
    }
    if (tp + fn > 0) {
      recallSum += tp / (tp + fn);
      recallCount++;
    }
    if (shingleTokens(expected).join(" ") === shingleTokens(predicted).join(" ")) exact++;
  }
  const precision = precisionCount > 0 ? precisionSum / precisionCount : 0;
  const recall = recallCount > 0 ? recallSum / recallCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: documents > 0 ? exact / documents : 0, documents };
}
