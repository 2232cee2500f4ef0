import type { Article } from "../../domain/article.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Fact } from "../../domain/story.js";
import { countIndependentSources } from "./independent-sources.js";
import { isClaimSentence } from "./is-claim-sentence.js";
import { type IndexedSentence, sentenceSimilarity, similarity } from "./sentence-index.js";
import { SHARED_CLAIM_TERMS, shareClaim, sharedClaimTerms } from "./share-claim.js";

/** A sentence of another article supports a claim at or above this cosine. */
export const SUPPORT_SIMILARITY = 0.3;
/** Once a claim has its core, another article joins with its sentence closest to the claim's centroid at or above this. */
const EXTEND_SIMILARITY = 0.25;
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
  seeds: readonly (readonly IndexedSentence[])[] = [],
): FoundFact[] {
  const used = new Set<IndexedSentence>();
  const found: FoundFact[] = [];
  // Claims given (one value several outlets agree on): kept when two independent outlets stand behind them.
  for (const seed of seeds) {
    const members = [...new Map(seed.filter((m) => !used.has(m)).map((m) => [m.articleId, m])).values()];
    const sources = countIndependentSources(
      members.map((m) => m.articleId),
      articles,
      duplicates,
    );
    if (sources < 2 || found.length >= limit) continue;
    for (const member of members) used.add(member);
    const ordered = orderMembers(members);
    found.push({ fact: toFact(ordered, articles, sources), members: ordered });
  }
  const seeded = found.length;
  // No claim can stand on fewer than two independent outlets: a story from one outlet has none to find.
  if (found.length >= limit || singleOutlet(articles)) return sortFacts(found);
  const candidates = sentences.filter(
    (s) =>
      s.end - s.start <= MAXIMUM_LENGTH &&
      s.terms >= MINIMUM_TERMS &&
      isClaimSentence(articles.get(s.articleId)?.text.slice(s.start, s.end) ?? ""),
  );
  const neighbours = claimNeighbours(candidates);
  const matchesOf = (
    seed: IndexedSentence,
    used: ReadonlySet<IndexedSentence>,
  ): { sentence: IndexedSentence; score: number }[] => {
    const best = new Map<ArticleId, { sentence: IndexedSentence; score: number }>();
    for (const match of neighbours.get(seed)!) {
      if (used.has(match.sentence)) continue;
      const current = best.get(match.sentence.articleId);
      if (current === undefined || match.score > current.score) best.set(match.sentence.articleId, match);
    }
    return [...best.values()];
  };
  interface Claim {
    seed: IndexedSentence;
    matches: { sentence: IndexedSentence; score: number }[];
    sources: number;
    total: number;
  }
  // A seed's claim changes only when one of its neighbours is used: claims are kept from round to round.
  const claims = new Map<IndexedSentence, Claim | null>();
  const claimOf = (seed: IndexedSentence): Claim | null => {
    let claim = claims.get(seed);
    if (claim === undefined) {
      const matches = matchesOf(seed, used);
      claim =
        matches.length === 0
          ? null
          : {
              seed,
              matches,
              sources: countIndependentSources(
                [seed.articleId, ...matches.map((m) => m.sentence.articleId)],
                articles,
                duplicates,
              ),
              total: matches.reduce((sum, m) => sum + m.score, 0),
            };
      claims.set(seed, claim);
    }
    return claim;
  };
  while (found.length < limit) {
    let best: Claim | null = null;
    for (const seed of candidates) {
      if (used.has(seed)) continue;
      const claim = claimOf(seed);
      if (claim === null) continue;
      if (best === null || claim.sources > best.sources || (claim.sources === best.sources && claim.total > best.total))
        best = claim;
    }
    if (best === null || best.sources < 2) break;
    const core = [best.seed, ...best.matches.map((m) => m.sentence)];
    const members = orderMembers([...core, ...extend(core, candidates, used)]);
    for (const member of members) {
      used.add(member);
      for (const { sentence } of neighbours.get(member) ?? []) claims.delete(sentence);
    }
    const sources = countIndependentSources(
      members.map((m) => m.articleId),
      articles,
      duplicates,
    );
    found.push({ fact: toFact(members, articles, sources), members });
  }
  // A sentence that makes two claims ("the navy captured 23 pirates who attacked a ship, and a helicopter
  // thwarted another attack") backs both: once the claims are found, each takes from the articles not yet
  // behind it their sentence that makes it, used or not: close to the claim as a whole, or a match of the
  // sentence shown for it. Only while finding claims is a sentence used once, so that one article's two
  // tellings do not found one claim twice. A value's claim is the articles giving that value: the others give
  // another, however close their sentences.
  for (const claim of found.slice(seeded)) {
    const joining = new Map(extend(claim.members, candidates, NONE_USED).map((m) => [m.articleId, m]));
    const present = new Set(claim.members.map((m) => m.articleId));
    for (const { sentence } of matchesOf(claim.members[0]!, NONE_USED))
      if (!present.has(sentence.articleId) && !joining.has(sentence.articleId))
        joining.set(sentence.articleId, sentence);
    if (joining.size === 0) continue;
    claim.members.push(...joining.values());
    const sources = countIndependentSources(
      claim.members.map((m) => m.articleId),
      articles,
      duplicates,
    );
    claim.fact = toFact(claim.members, articles, sources);
  }
  return sortFacts(found);
}

const NONE_USED: ReadonlySet<IndexedSentence> = new Set();

function sortFacts(found: FoundFact[]): FoundFact[] {
  return found.sort(
    (a, b) => b.fact.independentSources - a.fact.independentSources || b.members.length - a.members.length,
  );
}

/** All articles from one named outlet: any set of them counts as one source, whatever copies what. */
function singleOutlet(articles: ReadonlyMap<ArticleId, Article>): boolean {
  const sources = new Set([...articles.values()].map((article) => article.source.trim().toLowerCase()));
  return sources.size <= 1 && !sources.has("");
}

/**
 * Each candidate's matches in other articles (cosine ≥ SUPPORT_SIMILARITY, sharing a claim), in candidate
 * order. Only pairs sharing SHARED_CLAIM_TERMS claim terms can share a claim: an inverted index over claim
 * terms finds them without comparing every pair.
 */
function claimNeighbours(
  candidates: readonly IndexedSentence[],
): Map<IndexedSentence, { sentence: IndexedSentence; score: number }[]> {
  // Claim terms, and concepts, which count only between two languages (`sharedClaimTerms`).
  const postings = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    for (const term of [...candidate.claimTerms, ...candidate.concepts]) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [index]);
      else list.push(index);
    }
  });
  const found: { sentence: IndexedSentence; score: number; index: number }[][] = candidates.map(() => []);
  // Claim terms each later candidate shares with the current one, and those candidates as met.
  const shared = new Int32Array(candidates.length);
  const met: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const count = (term: string, acrossLanguages: boolean): void => {
      // Postings run in candidate order: the later candidates are at the end.
      const list = postings.get(term)!;
      for (let k = list.length - 1; k >= 0 && list[k]! > i; k--) {
        const j = list[k]!;
        if (acrossLanguages && candidates[j]!.language === a.language) continue;
        if (shared[j] === 0) met.push(j);
        shared[j]!++;
      }
    };
    for (const term of a.claimTerms) count(term, false);
    for (const concept of a.concepts) count(concept, true);
    for (const j of met) {
      const count = shared[j]!;
      shared[j] = 0;
      const b = candidates[j]!;
      if (count < SHARED_CLAIM_TERMS || a.articleId === b.articleId) continue;
      const score = sentenceSimilarity(a, b);
      if (score < SUPPORT_SIMILARITY || !shareClaim(a, b)) continue;
      found[i]!.push({ sentence: b, score, index: j });
      found[j]!.push({ sentence: a, score, index: i });
    }
    met.length = 0;
  }
  return new Map(
    candidates.map((candidate, index) => [
      candidate,
      found[index]!.sort((x, y) => x.index - y.index).map(({ sentence, score }) => ({ sentence, score })),
    ]),
  );
}

/** Length of a sentence that reads well on its own, in characters. */
const READABLE = { shortest: 60, longest: 320 };

/**
 * The representative first: a sentence free of machine-translation damage, that names its own subject
 * ("Ce dernier a promis…" and quotations come after), of readable length, sharing the most claim terms with the others; then the others as given.
 */
function orderMembers(members: readonly IndexedSentence[]): IndexedSentence[] {
  const rank = (sentence: IndexedSentence): number => {
    const length = sentence.end - sentence.start;
    const readable = length >= READABLE.shortest && length <= READABLE.longest ? 1 : 0;
    const shared = members.reduce(
      (sum, other) => (other === sentence ? sum : sum + sharedClaimTerms(sentence, other)),
      0,
    );
    return (sentence.garbled ? 0 : 2000) + (sentence.standalone ? 1000 : 0) + readable * 100 + Math.min(shared, 99);
  };
  // The first of the best ranked.
  const ranks = members.map(rank);
  let best = 0;
  ranks.forEach((value, index) => {
    if (value > ranks[best]!) best = index;
  });
  const top = members[best]!;
  return [top, ...members.filter((member) => member !== top)];
}

/** The best unused sentence of each article not yet in the claim, when close enough to the claim's centroid. */
function extend(
  members: readonly IndexedSentence[],
  candidates: readonly IndexedSentence[],
  used: ReadonlySet<IndexedSentence>,
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
    if (!(score >= EXTEND_SIMILARITY && (current === undefined || score > current.score))) continue;
    // Close to the centroid is not enough: it must make the claim with most of the core's sentences.
    if (members.filter((member) => shareClaim(member, candidate)).length * 2 < members.length) continue;
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
