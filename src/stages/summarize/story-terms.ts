import type { SentenceCandidate } from "./sentence-candidates.js";

/** What the summarizer knows of each term of a story's sentences, counted in one pass over them. */
export interface StoryTerms {
  /**
   * The smoothed IDF of `DocumentFrequencies`, ln((1 + N) / (1 + df)) + 1, over the candidate sentences of the
   * story and of the previous articles.
   */
  idf: (term: string) => number;
  /** The distinct groups of copies whose candidates use each term, for the story's terms, in the order first met. */
  groupsByTerm: ReadonlyMap<string, readonly number[]>;
}

/** `groupOf`: group of copies of each article (by `doc`) of the story's candidates. */
export function storyTerms(
  candidates: readonly SentenceCandidate[],
  previous: readonly SentenceCandidate[],
  groupOf: readonly number[],
): StoryTerms {
  const frequencies = new Map<string, number>();
  const groupsByTerm = new Map<string, number[]>();
  for (const candidate of candidates) {
    const group = groupOf[candidate.doc]!;
    // A count's terms are distinct: each is counted once per sentence, without a set.
    for (const term of candidate.counts.keys()) {
      const groups = groupsByTerm.get(term);
      if (groups === undefined) {
        groupsByTerm.set(term, [group]);
        frequencies.set(term, 1);
        continue;
      }
      frequencies.set(term, frequencies.get(term)! + 1);
      // Mostly, a term is met again in the group met last.
      if (groups[groups.length - 1] !== group && !groups.includes(group)) groups.push(group);
    }
  }
  for (const candidate of previous)
    for (const term of candidate.counts.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const sentences = candidates.length + previous.length;
  return {
    idf: (term) => Math.log((1 + sentences) / (1 + (frequencies.get(term) ?? 0))) + 1,
    groupsByTerm,
  };
}
