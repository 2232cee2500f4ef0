import type { Article } from "../../domain/article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { CoverageRow, Discrepancy, Fact } from "../../domain/story.js";
import { buildCoverage } from "./build-coverage.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { findDateDiscrepancies } from "./find-date-discrepancies.js";
import { findFacts } from "./find-facts.js";
import { findQuantityDiscrepancies, type QuantityDiscrepancy } from "./find-quantity-discrepancies.js";
import { findSpeakerDiscrepancies } from "./find-speaker-discrepancies.js";
import { findVenueDiscrepancies } from "./find-venue-discrepancies.js";
import { countIndependentSources } from "./independent-sources.js";
import { quoteClaims } from "./quote-claims.js";
import { type IndexedSentence, indexSentences, type StorySentences } from "./sentence-index.js";

/** At most this many facts per story, most corroborated first. */
const MAXIMUM_FACTS = 15;

export interface Corroboration {
  facts: Fact[];
  discrepancies: Discrepancy[];
  coverage: CoverageRow[];
}

/**
 * Cross-checks one story's articles: the claims several independent outlets make (facts: sentences that say the
 * same thing, the sentences behind one value several outlets give, those reporting one quote in several languages),
 * the values they disagree on (discrepancies: numbers, durations, times, amounts from `options.quantities`; days from
 * `options.dates`; venues from the text; speakers from `options.quotes`), and for each article whether it
 * supports, omits or contradicts each fact (coverage). Values, days and speakers differ between outlets: one
 * outlet's articles giving two values revise it (a toll it updates) or tell two things apart, which is no
 * disagreement between sources; a venue may also differ within one article ("the same article says both").
 */
export function corroborate(docs: readonly AnalyzedArticle[], options: CorroborateOptions): Corroboration {
  const articles = new Map(docs.map((doc) => [doc.article.id, doc.article]));
  const byId = new Map(docs.map((doc) => [doc.article.id, doc]));
  const sentences = indexSentences(docs, options);
  const acrossOutlets = (discrepancy: Discrepancy): boolean =>
    fromIndependentSources(discrepancy, articles, options.duplicates);
  const quantityDiscrepancies = findQuantityDiscrepancies(options.quantities ?? [], sentences, byId).filter((item) =>
    acrossOutlets(item.discrepancy),
  );
  const found = findFacts(sentences.all, articles, options.duplicates, MAXIMUM_FACTS, [
    ...valueClaims(quantityDiscrepancies, sentences),
    ...quoteClaims(options.quotes ?? [], sentences, byId),
  ]);
  // A venue may also differ within one article, which then contradicts itself.
  const venueDiscrepancies = findVenueDiscrepancies(docs, sentences, byId, options.entities).filter(
    (item) => acrossOutlets(item) || new Set(item.values.flatMap((value) => value.articleIds)).size === 1,
  );
  const dateDiscrepancies = findDateDiscrepancies(options.dates ?? [], sentences, byId).filter(acrossOutlets);
  const speakerDiscrepancies = findSpeakerDiscrepancies(
    options.quotes ?? [],
    (id) => byId.get(id)?.segmented.language ?? "en",
  ).filter(acrossOutlets);
  const coverage = buildCoverage(
    docs.map((doc) => doc.article.id),
    found,
    quantityDiscrepancies,
    sentences,
  );
  return {
    facts: found.map((item) => item.fact),
    discrepancies: [
      ...quantityDiscrepancies.map((item) => item.discrepancy),
      ...dateDiscrepancies,
      ...venueDiscrepancies,
      ...speakerDiscrepancies,
    ],
    coverage,
  };
}

/** True when the discrepancy's values come from two independent sources or more (`countIndependentSources`). */
function fromIndependentSources(
  discrepancy: Discrepancy,
  articles: ReadonlyMap<ArticleId, Article>,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
): boolean {
  return (
    countIndependentSources(
      discrepancy.values.flatMap((value) => value.articleIds),
      articles,
      duplicates,
    ) >= 2
  );
}

/**
 * The sentences behind each value of a discrepancy that several articles give ("une heure et demie" in two
 * articles): a claim of its own, which the articles giving another value contradict.
 */
function valueClaims(discrepancies: readonly QuantityDiscrepancy[], sentences: StorySentences): IndexedSentence[][] {
  const claims: IndexedSentence[][] = [];
  for (const { discrepancy, quantities } of discrepancies) {
    for (const value of discrepancy.values) {
      if (value.articleIds.length < 2) continue;
      const members = quantities
        .filter((q) => value.evidence.some((e) => e.articleId === q.articleId && e.start === q.start))
        .map((q) => sentences.at(q.articleId, q.sentence))
        .filter((sentence): sentence is IndexedSentence => sentence !== undefined);
      claims.push(members);
    }
  }
  return claims;
}
