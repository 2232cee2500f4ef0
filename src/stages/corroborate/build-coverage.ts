import type { ArticleId } from "../../domain/ids.js";
import type { CoverageMark, CoverageRow } from "../../domain/story.js";
import type { MeasuredQuantity } from "./corroboration-input.js";
import type { FoundFact } from "./find-facts.js";
import { SUPPORT_SIMILARITY } from "./find-facts.js";
import type { QuantityDiscrepancy } from "./find-quantity-discrepancies.js";
import { type IndexedSentence, type StorySentences, similarity } from "./sentence-index.js";
import { shareClaim } from "./share-claim.js";

/**
 * One row per article, one mark per fact: "supports" when the article is behind the fact; "contradicts"
 * when it gives another value in a discrepancy tied to the fact (its representative sentence, or sentences of
 * two of its articles, give a value of it), or says the
 * claim with the opposite polarity (a similar sentence, one negated and the other not); else "omits".
 */
export function buildCoverage(
  articleIds: readonly ArticleId[],
  facts: readonly FoundFact[],
  discrepancies: readonly QuantityDiscrepancy[],
  sentences: StorySentences,
): CoverageRow[] {
  // What ties each fact to the discrepancies does not depend on the article: found once per fact.
  const ties = facts.map((found) => valueTies(found, discrepancies));
  return articleIds.map((articleId) => ({
    articleId,
    facts: facts.map((found, index): CoverageMark => {
      if (found.fact.articleIds.includes(articleId)) return "supports";
      if (contradictsByValue(articleId, ties[index]!)) return "contradicts";
      if (contradictsByNegation(articleId, found, sentences)) return "contradicts";
      return "omits";
    }),
  }));
}

function inside(quantity: MeasuredQuantity, member: IndexedSentence): boolean {
  return quantity.articleId === member.articleId && quantity.sentence === member.sentence;
}

/** A discrepancy tied to a fact, with the values the fact's sentences give. */
interface ValueTie {
  discrepancy: QuantityDiscrepancy["discrepancy"];
  factValues: ReadonlySet<string>;
}

/** The discrepancies tied to the fact: its representative gives a value of one, or two of its articles do. */
function valueTies(found: FoundFact, discrepancies: readonly QuantityDiscrepancy[]): ValueTie[] {
  const ties: ValueTie[] = [];
  for (const { discrepancy, quantities } of discrepancies) {
    const linked = quantities.filter((q) => found.members.some((member) => inside(q, member)));
    const tied = linked.some((q) => inside(q, found.members[0]!)) || new Set(linked.map((q) => q.articleId)).size >= 2;
    if (!tied) continue;
    const factValues = new Set(
      discrepancy.values
        .filter((value) =>
          value.evidence.some((e) => linked.some((q) => q.articleId === e.articleId && q.start === e.start)),
        )
        .map((v) => v.normalized),
    );
    ties.push({ discrepancy, factValues });
  }
  return ties;
}

/** Whether the article gives a value of a tied discrepancy that the fact's sentences do not. */
function contradictsByValue(articleId: ArticleId, ties: readonly ValueTie[]): boolean {
  for (const { discrepancy, factValues } of ties) {
    const own = discrepancy.values.filter((value) => value.articleIds.includes(articleId));
    if (own.some((value) => !factValues.has(value.normalized))) return true;
  }
  return false;
}

function contradictsByNegation(articleId: ArticleId, found: FoundFact, sentences: StorySentences): boolean {
  const seed = found.members[0]!;
  // Polarity last: reading it takes patterns over the text, while most sentences are not similar at all.
  return sentences
    .of(articleId)
    .some(
      (sentence) =>
        similarity(sentence.vector, seed.vector) >= SUPPORT_SIMILARITY &&
        shareClaim(sentence, seed) &&
        sentence.negated !== seed.negated,
    );
}
