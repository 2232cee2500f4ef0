import type { ArticleId } from "../../../domain/ids.js";
import type { Evidence } from "../../../domain/span.js";
import type { Quote } from "../../../domain/story.js";
import { QuoteUnion } from "./quote-union.js";

/** The one quote a sentence holds, if it holds exactly one variant of one. */
function soleQuoteIn(
  sentence: Evidence,
  variantsByArticle: ReadonlyMap<ArticleId, [number, Evidence][]>,
): number | null {
  let found: number | null = null;
  for (const [quote, variant] of variantsByArticle.get(sentence.articleId) ?? []) {
    if (variant.start < sentence.start || variant.end > sentence.end) continue;
    if (found !== null) return null;
    found = quote;
  }
  return found;
}

/**
 * Joins the quotes of one statement made in several languages, which share no words to compare: two quotes are one
 * when each is the only quote of a sentence of the same fact (`statements`: each fact's sentences, aligned across
 * languages by the corroboration stage), the sentences in different languages (`languageOf`), the speakers the same
 * or one unknown. Within one language the quotes' own words already say it (`groupVariants`), and sentences of one
 * fact may paraphrase each other around different quotes: those are left as they are. Returns the quotes, merged and
 * ordered again (`orderQuotes`); `quotes` itself is not changed.
 */
export function mergeTranslatedQuotes(
  quotes: readonly Quote[],
  statements: readonly (readonly Evidence[])[],
  languageOf: ReadonlyMap<ArticleId, string>,
): Quote[] {
  if (quotes.length < 2 || new Set(languageOf.values()).size < 2) return [...quotes];
  const variantsByArticle = new Map<ArticleId, [number, Evidence][]>();
  quotes.forEach((quote, index) => {
    for (const variant of quote.variants) {
      const list = variantsByArticle.get(variant.articleId) ?? [];
      list.push([index, variant]);
      variantsByArticle.set(variant.articleId, list);
    }
  });
  const union = new QuoteUnion(quotes);
  for (const sentences of statements) {
    const held = sentences.flatMap((sentence) => {
      const quote = soleQuoteIn(sentence, variantsByArticle);
      return quote === null ? [] : [{ quote, language: languageOf.get(sentence.articleId) }];
    });
    for (let i = 0; i < held.length; i++)
      for (let j = i + 1; j < held.length; j++)
        if (held[i]!.language !== held[j]!.language) union.join(held[i]!.quote, held[j]!.quote);
  }
  return union.quotes();
}
