import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Evidence } from "../../domain/span.js";
import { statementSpans } from "../../domain/statement-spans.js";
import type { SummaryItem } from "../../domain/story.js";
import { type TermVector, weightVector } from "../../similarity/index.js";
import { alsoInOutside } from "./also-in-outside.js";
import { DEFAULT_WEIGHTS, SAME_THING_SIMILARITY, type SummaryWeights, scoreSentences } from "./score-sentences.js";
import { selectSentences } from "./select-sentences.js";
import { type SentenceCandidate, sentenceCandidates } from "./sentence-candidates.js";
import { chooseStoryPool } from "./story-pool.js";
import { storyTerms } from "./story-terms.js";

export interface SummarizeOptions {
  /** Word budget (whitespace-separated words of the items' texts). */
  words: number;
  /** Near-duplicate article → the article it copies: copies count once and are cited, not chosen. */
  duplicates?: Map<ArticleId, ArticleId>;
  /** Update summarization: articles the reader already knows; what they said is penalised. */
  previous?: AnalyzedArticle[];
  /** Overrides of the scoring weights (for evaluation and tuning). */
  weights?: Partial<SummaryWeights>;
  /**
   * Groups of sentences (as evidence spans) known to state the same thing whatever their words, as the story's
   * facts align them across languages: once one is chosen, those in another language are repeats (the words cannot
   * tell), and their articles are cited with it.
   */
  statements?: readonly (readonly Evidence[])[];
}

/**
 * For each candidate, the statement (index into `statements`) whose evidence lies within its sentence, or -1; and
 * each statement's articles.
 */
function statementsOf(
  candidates: readonly SentenceCandidate[],
  statements: readonly (readonly Evidence[])[],
): { statement: number[]; articles: ArticleId[][] } {
  const spans = statementSpans(statements);
  return {
    statement: candidates.map(
      (candidate) => spans.within(candidate.articleId, candidate.start, candidate.end)[0] ?? -1,
    ),
    articles: statements.map((evidence) => [...new Set(evidence.map((span) => span.articleId))]),
  };
}

/** Cosine above which another article's sentence "says the same" and the article is cited in `alsoIn`. */
export const ALSO_IN_SIMILARITY = SAME_THING_SIMILARITY;

/** Follows `duplicates` to the original article, guarding against cycles. */
function originalOf(id: ArticleId, duplicates: ReadonlyMap<ArticleId, ArticleId>): ArticleId {
  let current = id;
  const seen = new Set<ArticleId>([id]);
  for (let next = duplicates.get(current); next !== undefined && !seen.has(next); next = duplicates.get(current)) {
    seen.add(next);
    current = next;
  }
  return current;
}

/** Index of each article's group of copies: the article and its near-duplicates share a group. */
function copyGroups(docs: readonly AnalyzedArticle[], duplicates: ReadonlyMap<ArticleId, ArticleId>): number[] {
  const groups = new Map<ArticleId, number>();
  return docs.map((doc) => {
    const original = originalOf(doc.article.id, duplicates);
    let group = groups.get(original);
    if (group === undefined) {
      group = groups.size;
      groups.set(original, group);
    }
    return group;
  });
}

/** Articles that copy another article of the same story: their sentences are cited, never chosen. */
function copiesIn(docs: readonly AnalyzedArticle[], duplicates: ReadonlyMap<ArticleId, ArticleId>): Set<ArticleId> {
  const present = new Set(docs.map((doc) => doc.article.id));
  const copies = new Set<ArticleId>();
  for (const doc of docs) {
    const original = originalOf(doc.article.id, duplicates);
    if (original !== doc.article.id && present.has(original)) copies.add(doc.article.id);
  }
  return copies;
}

/** Share of the previous articles that use each term. */
function termShare(previous: readonly SentenceCandidate[], documents: number): Map<string, number> {
  const docsByTerm = new Map<string, Set<number>>();
  for (const candidate of previous) {
    for (const term of candidate.counts.keys()) {
      let docs = docsByTerm.get(term);
      if (docs === undefined) {
        docs = new Set();
        docsByTerm.set(term, docs);
      }
      docs.add(candidate.doc);
    }
  }
  return new Map([...docsByTerm].map(([term, docs]) => [term, docs.size / Math.max(1, documents)]));
}

/** Publication date for ordering; unknown dates sort last. */
function dateKey(doc: AnalyzedArticle): string {
  return doc.article.publishedAt ?? "9999";
}

/**
 * An extractive summary of one story, at most `options.words` words: the sentences that are
 * central to the story, said by several independent articles and placed early in their article,
 * chosen by MMR so that no two say the same thing, then ordered lead first (by rank in their
 * article, then date). Each item is a verbatim sentence of one article, with the other articles
 * that say the same. With `options.previous` (update summary), a sentence repeating one of theirs
 * (cosine ≥ the redundancy threshold) is left out, a closer-than-topical one penalised, and the
 * terms they used weigh less in the centroid.
 */
export function summarizeStory(docs: AnalyzedArticle[], options: SummarizeOptions): SummaryItem[] {
  if (!Number.isFinite(options.words) || options.words < 0) {
    throw new Error(`summarizeStory: options.words must be a non-negative number of words, got ${options.words}`);
  }
  const duplicates = options.duplicates ?? new Map<ArticleId, ArticleId>();
  const weights: SummaryWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const copies = copiesIn(docs, duplicates);
  const pool = chooseStoryPool(docs, copies);
  const pooled = pool.map((index) => docs[index]!);
  const candidates = sentenceCandidates(pooled, copies);
  if (candidates.length === 0 || options.words === 0) return [];

  const previousAll = options.previous ?? [];
  const previousDocs = chooseStoryPool(previousAll, new Set()).map((index) => previousAll[index]!);
  const previousCandidates = sentenceCandidates(previousDocs, new Set());
  const groupOf = copyGroups(pooled, duplicates);
  const terms = storyTerms(candidates, previousCandidates, groupOf);
  const idf = terms.idf;
  const vectorOf = (candidate: SentenceCandidate): TermVector => weightVector(candidate.counts, idf);
  const vectors = candidates.map(vectorOf);

  const { scores, bestByDoc, seenBefore } = scoreSentences(
    candidates,
    vectors,
    groupOf,
    terms,
    { vectors: previousCandidates.map(vectorOf), share: termShare(previousCandidates, previousDocs.length) },
    weights,
  );
  const same = statementsOf(candidates, options.statements ?? []);
  const chosen = selectSentences(
    candidates.map((candidate, i) => ({
      score: scores[i]!,
      words: candidate.words,
      vector: vectors[i]!,
      eligible: candidate.eligible && seenBefore[i]! < weights.redundancy,
      statement: same.statement[i]!,
      language: pooled[candidate.doc]!.segmented.language,
    })),
    { words: options.words, lambda: weights.mmrLambda, redundancy: weights.redundancy, minScore: weights.minScore },
  );

  chosen.sort((a, b) => {
    const [x, y] = [candidates[a]!, candidates[b]!];
    return x.rank - y.rank || dateKey(pooled[x.doc]!).localeCompare(dateKey(pooled[y.doc]!)) || scores[b]! - scores[a]!;
  });
  const languageOf = new Map(docs.map((doc) => [doc.article.id, doc.segmented.language]));
  /** The articles of a chosen sentence's statement written in another language than its own. */
  const otherLanguages = (statement: number, language: string): ArticleId[] =>
    statement < 0 ? [] : same.articles[statement]!.filter((id) => languageOf.get(id) !== language);
  const inPool = new Set(pool);
  const outside = alsoInOutside(
    chosen.map((i) => vectors[i]!),
    docs.filter((_, index) => !inPool.has(index)),
    idf,
    ALSO_IN_SIMILARITY,
  );
  return chosen.map((i, k) => {
    const candidate = candidates[i]!;
    const alsoIn = [...bestByDoc[i]!]
      .filter(([, similarity]) => similarity >= ALSO_IN_SIMILARITY)
      .sort((a, b) => a[0] - b[0])
      .map(([doc]) => pooled[doc]!.article.id)
      .concat(outside[k]!)
      .concat(otherLanguages(same.statement[i]!, pooled[candidate.doc]!.segmented.language))
      .filter((id) => id !== candidate.articleId);
    return {
      text: candidate.text,
      articleId: candidate.articleId,
      start: candidate.start,
      end: candidate.end,
      alsoIn: [...new Set(alsoIn)],
    };
  });
}
