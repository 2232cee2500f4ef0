import type { Article } from "../../domain/article.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Fact } from "../../domain/story.js";
import { countIndependentSources } from "./independent-sources.js";
import { type IndexedSentence, similarity } from "./sentence-index.js";

/** A sentence of another article supports a claim at or above this cosine. */
export const SUPPORT_SIMILARITY = 0.3;
/** Once a claim has its core, another article joins with its sentence closest to the claim's centroid at or above this. */
const EXTEND_SIMILARITY = 0.2;
/** Sentences with fewer content terms are not claims ("81", "Contexte explosif"). */
const MINIMUM_TERMS = 4;
/** Sentences longer than this are page debris, not claims. */
const MAXIMUM_LENGTH = 600;

export interface FoundFact {
  fact: Fact;
  /** The sentences behind it, the representative first. */
  members: IndexedSentence[];
}

/**
 * Claims several articles make. Each candidate sentence is matched with its most similar sentence in
 * every other article (cosine ≥ SUPPORT_SIMILARITY); the sentence backed by the most independent sources
 * (then by the highest total similarity) founds a claim with its matches, those sentences are used up,
 * and so on. Claims backed by fewer than two independent sources are dropped; at most `limit` are kept,
 * most corroborated first.
 */
export function findFacts(
  sentences: readonly IndexedSentence[],
  articles: ReadonlyMap<ArticleId, Article>,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
  limit: number,
): FoundFact[] {
  const candidates = sentences.filter((s) => s.terms >= MINIMUM_TERMS && s.end - s.start <= MAXIMUM_LENGTH);
  const neighbours = new Map<IndexedSentence, { sentence: IndexedSentence; score: number }[]>(
    candidates.map((c) => [c, []]),
  );
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i]!, candidates[j]!];
      if (a.articleId === b.articleId) continue;
      const score = similarity(a.vector, b.vector);
      if (score < SUPPORT_SIMILARITY) continue;
      neighbours.get(a)!.push({ sentence: b, score });
      neighbours.get(b)!.push({ sentence: a, score });
    }
  }
  const matchesOf = (
    seed: IndexedSentence,
    used: Set<IndexedSentence>,
  ): { sentence: IndexedSentence; score: number }[] => {
    const best = new Map<ArticleId, { sentence: IndexedSentence; score: number }>();
    for (const match of neighbours.get(seed)!) {
      if (used.has(match.sentence)) continue;
      const current = best.get(match.sentence.articleId);
      if (current === undefined || match.score > current.score) best.set(match.sentence.articleId, match);
    }
    return [...best.values()];
  };
  const used = new Set<IndexedSentence>();
  const found: FoundFact[] = [];
  while (found.length < limit) {
    let best: {
      seed: IndexedSentence;
      matches: { sentence: IndexedSentence; score: number }[];
      sources: number;
      total: number;
    } | null = null;
    for (const seed of candidates) {
      if (used.has(seed)) continue;
      const matches = matchesOf(seed, used);
      if (matches.length === 0) continue;
      const sources = countIndependentSources(
        [seed.articleId, ...matches.map((m) => m.sentence.articleId)],
        articles,
        duplicates,
      );
      const total = matches.reduce((sum, m) => sum + m.score, 0);
      if (best === null || sources > best.sources || (sources === best.sources && total > best.total))
        best = { seed, matches, sources, total };
    }
    if (best === null || best.sources < 2) break;
    const members = [best.seed, ...best.matches.map((m) => m.sentence)];
    members.push(...extend(members, candidates, used));
    for (const member of members) used.add(member);
    const sources = countIndependentSources(
      members.map((m) => m.articleId),
      articles,
      duplicates,
    );
    found.push({ fact: toFact(members, articles, sources), members });
  }
  return found.sort((a, b) => b.fact.independentSources - a.fact.independentSources);
}

/** The best unused sentence of each article not yet in the claim, when close enough to the claim's centroid. */
function extend(
  members: readonly IndexedSentence[],
  candidates: readonly IndexedSentence[],
  used: Set<IndexedSentence>,
): IndexedSentence[] {
  const centroid = new Map<string, number>();
  for (const member of members)
    for (const [term, weight] of member.vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  const norm = Math.sqrt([...centroid.values()].reduce((sum, w) => sum + w * w, 0)) || 1;
  for (const [term, weight] of centroid) centroid.set(term, weight / norm);
  const present = new Set(members.map((m) => m.articleId));
  const best = new Map<string, { sentence: IndexedSentence; score: number }>();
  for (const candidate of candidates) {
    if (present.has(candidate.articleId) || used.has(candidate)) continue;
    const score = similarity(centroid, candidate.vector);
    const current = best.get(candidate.articleId);
    if (score >= EXTEND_SIMILARITY && (current === undefined || score > current.score))
      best.set(candidate.articleId, { sentence: candidate, score });
  }
  return [...best.values()].map((b) => b.sentence);
}

function toFact(members: IndexedSentence[], articles: ReadonlyMap<ArticleId, Article>, sources: number): Fact {
  const seed = members[0]!;
  const text = articles.get(seed.articleId)?.text.slice(seed.start, seed.end) ?? "";
  return {
    text,
    articleIds: [...new Set(members.map((member) => member.articleId))],
    independentSources: sources,
    reported: members.every((member) => member.reported),
    evidence: members.map((member) => ({ articleId: member.articleId, start: member.start, end: member.end })),
  };
}
