import { cosine, type TermVector } from "../../similarity/index.js";
import type { SentenceCandidate } from "./sentence-candidates.js";
import { SentenceIndex } from "./sentence-index.js";
import type { StoryTerms } from "./story-terms.js";

/** How much each signal weighs in a sentence's score. */
export interface SummaryWeights {
  /** Cosine with the story centroid (terms that several independent articles use). */
  centrality: number;
  /** Share of the other independent articles that say the same (soft: their best cosine). */
  support: number;
  /** Lead prior: 1 / sqrt(1 + rank in its article). */
  position: number;
  /** Update mode: penalty on the best cosine with a sentence of the previous articles. */
  novelty: number;
  /** Update mode: how much terms common in the previous articles are damped in the centroid. */
  previousDamping: number;
  /** Penalty on a sentence opening on a word that points back ("Il", "Ce dernier", "However"). */
  anaphora: number;
  /** Penalty on a sentence pointing back with a demonstrative past its first word ("cette information"). */
  reference: number;
  /**
   * Penalty on a sentence of a likely machine-translated article, doubled when an article not flagged
   * says the same (cosine ≥ ALSO_IN_SIMILARITY): then its own wording is preferred.
   */
  translated: number;

  /** MMR trade-off between a sentence's score and its closeness to the sentences already chosen. */
  mmrLambda: number;
  /** Cosine above which a sentence repeats one already chosen and is never taken. */
  redundancy: number;
  /** Scaled score (0 = worst candidate, 1 = best) below which a sentence is left out even if it fits. */
  minScore: number;
}

export const DEFAULT_WEIGHTS: SummaryWeights = {
  centrality: 1,
  support: 1,
  position: 0.5,
  novelty: 1,
  previousDamping: 0.7,
  anaphora: 0.3,
  reference: 0.3,
  translated: 0.1,
  mmrLambda: 0.7,
  redundancy: 0.5,
  minScore: 0.3,
};

/** What a candidate meeting no sentence of another article holds in `bestByDoc`: never modified. */
const NONE_MET: ReadonlyMap<number, number> = new Map();

/** Cosine with a previous sentence below which the overlap is only the shared topic, not repetition. */
const NOVELTY_FLOOR = 0.25;

/** Cosine above which another article's sentence says the same thing (as for `alsoIn`). */
export const SAME_THING_SIMILARITY = 0.35;

export interface SentenceScores {
  /** Score per candidate. */
  scores: number[];
  /** Per candidate: article index → best cosine with one of that article's sentences (other articles only). */
  bestByDoc: Array<ReadonlyMap<number, number>>;
  /** Per candidate: its best cosine with a sentence of the previous articles (0 without them). */
  seenBefore: number[];
}

/**
 * The story centroid: each term weighted by its IDF and the share of independent articles
 * (groups) using it; when there are several groups, only terms used by at least two count.
 * Terms the previous articles used are damped, so that update summaries favour what is new.
 */
function storyCentroid(
  story: StoryTerms,
  groupCount: number,
  previousShare: ReadonlyMap<string, number>,
  damping: number,
): TermVector {
  const minimum = Math.min(2, groupCount);
  const terms: string[] = [];
  const weights: number[] = [];
  let norm = 0;
  // Terms only the previous articles use have no group, and fall short of the minimum.
  for (const [term, { groups }] of story.stats) {
    if (groups.length < minimum) continue;
    const share = previousShare.size === 0 ? 0 : (previousShare.get(term) ?? 0);
    const weight = story.idf(term) * (groups.length / groupCount) * Math.max(0, 1 - damping * share);
    if (weight <= 0) continue;
    terms.push(term);
    weights.push(weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm) || 1;
  const centroid: TermVector = new Map();
  terms.forEach((term, index) => {
    centroid.set(term, weights[index]! / length);
  });
  return centroid;
}

/**
 * Where each article's candidates start and end among `candidates`, for the articles whose candidates follow
 * one another (as `sentenceCandidates` gives them): the span holds them and no other.
 */
function articleSpans(candidates: readonly SentenceCandidate[]): Map<number, { from: number; to: number }> {
  const spans = new Map<number, { from: number; to: number; count: number }>();
  candidates.forEach((candidate, i) => {
    const span = spans.get(candidate.doc);
    if (span === undefined) spans.set(candidate.doc, { from: i, to: i + 1, count: 1 });
    else {
      span.to = i + 1;
      span.count++;
    }
  });
  for (const [doc, span] of spans) if (span.to - span.from !== span.count) spans.delete(doc);
  return spans;
}

/**
 * Scores every candidate: centrality + agreement of the other independent articles + lead prior,
 * minus, in update mode, its closeness to what the previous articles said, and minus penalties for
 * what reads badly out of its article (an anaphoric opening, a short sentence pointing back) or comes
 * from a likely machine-translated article.
 */
export function scoreSentences(
  candidates: readonly SentenceCandidate[],
  vectors: readonly TermVector[],
  groupOf: readonly number[],
  terms: StoryTerms,
  previous: { vectors: readonly TermVector[]; share: ReadonlyMap<string, number> },
  weights: SummaryWeights,
): SentenceScores {
  const groupCount = new Set(groupOf).size;
  const translated: boolean[] = [];
  for (const candidate of candidates) translated[candidate.doc] = candidate.translated;
  const centroid = storyCentroid(terms, groupCount, previous.share, weights.previousDamping);
  // Sentences of one article are never compared with each other: a story of one article needs no index.
  const oneArticle = candidates.every((candidate) => candidate.doc === candidates[0]!.doc);
  const index = oneArticle ? null : new SentenceIndex(vectors);
  const previousIndex = previous.vectors.length > 0 ? new SentenceIndex(previous.vectors) : null;
  const scores: number[] = [];
  const bestByDoc: Array<ReadonlyMap<number, number>> = [];
  const seen: number[] = [];
  const spans = articleSpans(candidates);
  // Per article, the best cosine met so far with the current candidate, and the articles in the order first met.
  const bestOf = new Float64Array(candidates.reduce((most, candidate) => Math.max(most, candidate.doc + 1), 0));
  const met: number[] = [];
  // The same per group of copies, for the agreement of the other groups.
  const bestOfGroup = new Float64Array(groupOf.reduce((most, group) => Math.max(most, group + 1), 0));
  const groupsMet: number[] = [];
  candidates.forEach((candidate, i) => {
    const vector = vectors[i]!;
    index?.forEachSimilar(
      vector,
      (j, similarity) => {
        const doc = candidates[j]!.doc;
        if (doc === candidate.doc || !(similarity > bestOf[doc]!)) return;
        if (bestOf[doc] === 0) met.push(doc);
        bestOf[doc] = similarity;
      },
      spans.get(candidate.doc),
    );
    let plainTwin = false;
    let agreement = 0;
    // Most sentences of most stories meet no sentence of another article: they share one empty map.
    if (met.length === 0) bestByDoc.push(NONE_MET);
    else {
      const best = new Map<number, number>();
      const ownGroup = groupOf[candidate.doc]!;
      for (const doc of met) {
        const similarity = bestOf[doc]!;
        bestOf[doc] = 0;
        best.set(doc, similarity);
        if (candidate.translated && similarity >= SAME_THING_SIMILARITY && !translated[doc]) plainTwin = true;
        // The best per group of copies, groups in the order first met.
        const group = groupOf[doc]!;
        if (group === ownGroup || !(similarity > bestOfGroup[group]!)) continue;
        if (bestOfGroup[group] === 0) groupsMet.push(group);
        bestOfGroup[group] = similarity;
      }
      met.length = 0;
      bestByDoc.push(best);
      for (const group of groupsMet) {
        agreement += bestOfGroup[group]!;
        bestOfGroup[group] = 0;
      }
      groupsMet.length = 0;
    }
    const support = groupCount > 1 ? agreement / (groupCount - 1) : 0;
    let seenBefore = 0;
    previousIndex?.forEachSimilar(vector, (_, similarity) => {
      seenBefore = Math.max(seenBefore, similarity);
    });
    seen.push(seenBefore);
    scores.push(
      weights.centrality * cosine(vector, centroid) +
        weights.support * support +
        weights.position / Math.sqrt(1 + candidate.rank) -
        weights.novelty * Math.max(0, seenBefore - NOVELTY_FLOOR) -
        (candidate.anaphoric ? weights.anaphora : 0) -
        (candidate.refersBack ? weights.reference : 0) -
        (candidate.translated ? weights.translated * (plainTwin ? 2 : 1) : 0),
    );
  });
  return { scores, bestByDoc, seenBefore: seen };
}
