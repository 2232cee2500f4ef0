import type { AnalyzedArticle } from "../../domain/document.js";
import type { CoverageRow, Discrepancy, Fact } from "../../domain/story.js";
import { buildCoverage } from "./build-coverage.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { findFacts } from "./find-facts.js";
import { findQuantityDiscrepancies } from "./find-quantity-discrepancies.js";
import { findVenueDiscrepancies } from "./find-venue-discrepancies.js";
import { indexSentences } from "./sentence-index.js";

/** At most this many facts per story, most corroborated first. */
const MAXIMUM_FACTS = 15;

export interface Corroboration {
  facts: Fact[];
  discrepancies: Discrepancy[];
  coverage: CoverageRow[];
}

/**
 * Cross-checks one story's articles: the claims several independent outlets make (facts), the values they
 * disagree on (discrepancies: numbers, durations, times, amounts from `options.quantities`; venues from the
 * text), and for each article whether it supports, omits or contradicts each fact (coverage).
 */
export function corroborate(docs: readonly AnalyzedArticle[], options: CorroborateOptions): Corroboration {
  const articles = new Map(docs.map((doc) => [doc.article.id, doc.article]));
  const byId = new Map(docs.map((doc) => [doc.article.id, doc]));
  const sentences = indexSentences(docs, options);
  const found = findFacts(sentences, articles, options.duplicates, MAXIMUM_FACTS);
  const quantityDiscrepancies = findQuantityDiscrepancies(options.quantities ?? [], sentences, byId);
  const venueDiscrepancies = findVenueDiscrepancies(docs, sentences, byId);
  const coverage = buildCoverage(
    docs.map((doc) => doc.article.id),
    found,
    quantityDiscrepancies,
    sentences,
  );
  return {
    facts: found.map((item) => item.fact),
    discrepancies: [...quantityDiscrepancies.map((item) => item.discrepancy), ...venueDiscrepancies],
    coverage,
  };
}
