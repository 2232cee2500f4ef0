import type { SentenceCandidate } from "./sentence-candidates.js";

/** What the summarizer knows of one term of a story's sentences. */
export interface TermStats {
  /** Candidate sentences using it, of the story and of the previous articles. */
  frequency: number;
  /** The distinct groups of copies whose candidates use it, in the order first met (none for a term only the previous articles use). */
  groups: number[];
}

/** What the summarizer knows of each term of a story's sentences, counted in one pass over them. */
export interface StoryTerms {
  /**
   * The smoothed IDF of `DocumentFrequencies`, ln((1 + N) / (1 + df)) + 1, over the candidate sentences of the
   * story and of the previous articles.
   */
  idf: (term: string) => number;
  /** Each term, the story's first, in the order first met. */
  stats: ReadonlyMap<string, Readonly<TermStats>>;
}

/** `groupOf`: group of copies of each article (by `doc`) of the story's candidates. */
export function storyTerms(
  candidates: readonly SentenceCandidate[],
  previous: readonly SentenceCandidate[],
  groupOf: readonly number[],
): StoryTerms {
  // Each term's IDF is worked out once, when all are counted: it is read for every sentence using the term.
  const stats = new Map<string, TermStats & { idf: number }>();
  for (const candidate of candidates) {
    const group = groupOf[candidate.doc]!;
    // A count's terms are distinct: each is counted once per sentence, without a set.
    for (const term of candidate.counts.keys()) {
      const entry = stats.get(term);
      if (entry === undefined) {
        stats.set(term, { frequency: 1, groups: [group], idf: 0 });
        continue;
      }
      entry.frequency++;
      // Mostly, a term is met again in the group met last.
      const groups = entry.groups;
      if (groups[groups.length - 1] !== group && !groups.includes(group)) groups.push(group);
    }
  }
  for (const candidate of previous)
    for (const term of candidate.counts.keys()) {
      const entry = stats.get(term);
      if (entry === undefined) stats.set(term, { frequency: 1, groups: [], idf: 0 });
      else entry.frequency++;
    }
  const sentences = candidates.length + previous.length;
  const idfOf = (frequency: number) => Math.log((1 + sentences) / (1 + frequency)) + 1;
  for (const entry of stats.values()) entry.idf = idfOf(entry.frequency);
  const unused = idfOf(0);
  return {
    idf: (term) => stats.get(term)?.idf ?? unused,
    stats,
  };
}
