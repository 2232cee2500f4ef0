import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { QuotedStatement } from "./corroboration-input.js";
import type { IndexedSentence, StorySentences } from "./sentence-index.js";

/** A quote this short ("swift", "rápida") is a quoted word, which many statements may hold: no claim of its own. */
const MINIMUM_WORDS = 3;
const WORD = /\p{L}+/gu;
/** The shortest variant of a quote has at least this share of the longest one's words. */
const LENGTH_RATIO = 0.5;

/**
 * The sentences that report one named speaker's quote in several languages (`extractQuotes` groups a quote's
 * translations by their words; a date or a number they hold groups more): one claim, made by every outlet quoting it,
 * though their words cannot be compared across languages for the claims `findFacts` finds. One sentence per article,
 * the one holding its variant. Within one language the sentences' own words align them; quoted words and quotes of
 * no known speaker make no claim.
 */
export function quoteClaims(
  quotes: readonly QuotedStatement[],
  sentences: StorySentences,
  byId: ReadonlyMap<ArticleId, AnalyzedArticle>,
): IndexedSentence[][] {
  const claims: IndexedSentence[][] = [];
  for (const quote of quotes) {
    if (quote.speaker === null || quote.variants.length < 2) continue;
    const languages = new Set(quote.variants.map((variant) => byId.get(variant.articleId)?.article.language));
    if (languages.size < 2) continue;
    const words = quote.variants.map((variant) => variant.text.match(WORD)?.length ?? 0);
    // Translations of one statement run to about as many words: a group of cognates may join two ("finir le job" /
    // "E' la fine di un doloroso capitolo").
    if (Math.min(...words) < MINIMUM_WORDS || Math.min(...words) < LENGTH_RATIO * Math.max(...words)) continue;
    const members = new Map<ArticleId, IndexedSentence>();
    for (const variant of quote.variants) {
      if (members.has(variant.articleId)) continue;
      const holding = sentences
        .of(variant.articleId)
        .find((sentence) => sentence.start <= variant.start && variant.start < sentence.end);
      if (holding !== undefined) members.set(variant.articleId, holding);
    }
    if (members.size >= 2) claims.push([...members.values()]);
  }
  return claims;
}
