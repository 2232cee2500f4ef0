// ROUGE-N as in Lin (2004), simplified: lowercase `\w+` Unicode tokens (letters, marks, digits,
// underscore), no stemming, no stopword removal. Not the official ROUGE-1.5.5 script.

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Lowercase word tokens as Python's `re.findall(r"\w+", text.lower())` gives them. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of one candidate against one reference: clipped n-gram overlap over each side's n-grams. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const ours = ngramCounts(rougeTokens(candidate), n);
  const theirs = ngramCounts(rougeTokens(reference), n);
  let overlap = 0;
  for (const [gram, count] of ours) overlap += Math.min(count, theirs.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  const [candidateTotal, referenceTotal] = [total(ours), total(theirs)];
  const precision = candidateTotal === 0 ? 0 : overlap / candidateTotal;
  const recall = referenceTotal === 0 ? 0 : overlap / referenceTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Mean ROUGE-N F1 of a candidate over several references (each scored on its own). */
export function meanRougeF1(candidate: string, references: readonly string[], n: number): number {
  if (references.length === 0) throw new Error("meanRougeF1: give at least one reference");
  return references.reduce((sum, reference) => sum + rougeN(candidate, reference, n).f1, 0) / references.length;
}
