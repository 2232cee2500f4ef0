import type { Quote } from "../../../domain/story.js";

const HAS_LETTER = /\p{L}/u;

/** Whether a text has three words or more (runs of non-spaces holding a letter). */
function hasThreeWords(text: string): boolean {
  let words = 0;
  for (const run of text.matchAll(/\S+/g)) if (HAS_LETTER.test(run[0]) && ++words >= 3) return true;
  return false;
}

/**
 * A story's quotes in the order a reader takes them: quoted by more articles first (a quote of one or two words counts
 * half), then by more variants, attributed before unattributed, longer first. Sorts `quotes` in place.
 */
export function orderQuotes(quotes: Quote[]): Quote[] {
  const weights = new Map(
    quotes.map((quote) => [quote, quote.articleIds.length * (hasThreeWords(quote.text) ? 1 : 0.5)]),
  );
  const weight = (quote: Quote): number => weights.get(quote)!;
  return quotes.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      b.variants.length - a.variants.length ||
      (b.speaker === null ? 0 : 1) - (a.speaker === null ? 0 : 1) ||
      b.text.length - a.text.length,
  );
}
