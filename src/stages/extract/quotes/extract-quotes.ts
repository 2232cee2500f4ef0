import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { Entity, Quote, QuoteVariant } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import { type AttributionContext, attributeQuote, type PreviousAttribution, roleKey } from "./attribute-quote.js";
import { findQuotedSpans, type QuoteOptions } from "./find-quoted-spans.js";
import { findSpeakerMentions, type SpeakerMention } from "./find-speaker-mentions.js";
import { contentStems, groupVariants, type VariantFeatures } from "./group-variants.js";
import { entityGenders } from "./speaker-gender.js";
import { firstTokenFrom, tokensWithin } from "./tokens-within.js";

/** Entity each role stands for across the story, from roles written next to a name; ambiguous roles left out. */
function roleHolders(mentions: readonly SpeakerMention[]): Map<string, Entity> {
  const holders = new Map<string, Entity | null>();
  for (const mention of mentions) {
    const key = mention.kind === "role" && mention.entity !== null ? roleKey(mention) : null;
    if (key === null) continue;
    const known = holders.get(key);
    holders.set(key, known === undefined || known === mention.entity ? mention.entity : null);
  }
  return new Map([...holders].filter((entry): entry is [string, Entity] => entry[1] !== null));
}

/** Positions of each sentence's tokens in `tokens`. */
function tokenIndexesBySentence(tokens: readonly Token[]): Map<number, number[]> {
  const bySentence = new Map<number, number[]>();
  tokens.forEach((token, index) => {
    const list = bySentence.get(token.sentence);
    if (list === undefined) bySentence.set(token.sentence, [index]);
    else list.push(index);
  });
  return bySentence;
}

/** The tokens of some sentences, in the order of `tokens`. */
function tokensOfSentences(
  tokens: readonly Token[],
  bySentence: ReadonlyMap<number, readonly number[]>,
  sentences: ReadonlySet<number>,
): Token[] {
  const indexes = [...sentences].flatMap((sentence) => bySentence.get(sentence) ?? []);
  return indexes.sort((a, b) => a - b).map((index) => tokens[index]!);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * Direct quotations of a story's articles, each with its speaker (mapped to the entity's name) and every
 * article's wording of it: the same statement quoted or translated differently in several articles is one quote
 * with several variants. Sorted by articles quoting it (one- and two-word scare quotes after longer ones), then
 * by variants.
 */
export function extractQuotes(docs: AnalyzedArticle[], entities: Entity[], options: QuoteOptions = {}): Quote[] {
  const contexts = docs.map((doc) => {
    const { text, tokens, language } = doc.segmented;
    return {
      doc,
      mentions: findSpeakerMentions(text, tokens, language, entities),
      quotes: findQuotedSpans(text, { language, ...options }),
    };
  });
  const roles = roleHolders(contexts.flatMap((context) => context.mentions));
  const unknownNames = new Map<string, Entity>();
  const variants: (QuoteVariant & { speaker: string | null })[] = [];
  const features: VariantFeatures[] = [];
  for (const { doc, mentions, quotes } of contexts) {
    const { text, tokens, sentences, language } = doc.segmented;
    const genders = entityGenders(text, mentions, language);
    const context: AttributionContext = {
      text,
      tokens,
      sentences,
      language,
      quotes,
      mentions,
      roles,
      genders,
      unknownNames,
    };
    const bySentence = tokenIndexesBySentence(tokens);
    let previous: PreviousAttribution | null = null;
    for (const quote of quotes) {
      const attribution = attributeQuote(context, quote, previous);
      if (attribution.mention !== null) previous = { quote, attribution };
      const speaker = attribution.entity?.name ?? null;
      const quoted = text.slice(quote.start, quote.end);
      variants.push({
        articleId: doc.article.id,
        start: quote.start,
        end: quote.end,
        text: quoted,
        speakerMention: attribution.mention?.text ?? null,
        speaker,
      });
      const inside = tokensWithin(tokens, quote.start, quote.end);
      const sentenceIndexes = new Set(inside.map((token) => token.sentence));
      const closing = tokens[firstTokenFrom(tokens, quote.close)]?.sentence;
      if (closing !== undefined) sentenceIndexes.add(closing);
      const around = tokensOfSentences(tokens, bySentence, sentenceIndexes).filter(
        (token) => token.end <= quote.open || token.start >= quote.close,
      );
      features.push({
        article: doc.article.id,
        text: quoted,
        speaker,
        stems: contentStems(inside),
        context: contentStems(around).filter((stem) => stem.length >= 3),
      });
    }
  }
  const quotes = groupVariants(features).map((members): Quote => {
    const group = members.map((member) => variants[member]!);
    const speakers = new Map<string, number>();
    for (const variant of group)
      if (variant.speaker !== null) speakers.set(variant.speaker, (speakers.get(variant.speaker) ?? 0) + 1);
    const speaker = [...speakers].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const articleIds: ArticleId[] = [...new Set(group.map((variant) => variant.articleId))];
    const representative = group.reduce(
      (best, variant) => (variant.speaker === speaker && variant.text.length > best.text.length ? variant : best),
      group[0]!,
    );
    return {
      speaker,
      text: representative.text,
      articleIds,
      variants: group.map(({ speaker: _speaker, ...variant }) => variant),
    };
  });
  const weight = (quote: Quote): number => quote.articleIds.length * (wordCount(quote.text) >= 3 ? 1 : 0.5);
  return quotes.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      b.variants.length - a.variants.length ||
      (b.speaker === null ? 0 : 1) - (a.speaker === null ? 0 : 1) ||
      b.text.length - a.text.length,
  );
}
