import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { Entity, Quote, QuoteVariant } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import { ArticleIndex } from "./article-index.js";
import { type AttributionContext, attributeQuote, type PreviousAttribution } from "./attribute-quote.js";
import { attributionNormals } from "./attribution-normals.js";
import { prepareNameForms } from "./find-names.js";
import { findQuotedSpans, type QuoteOptions } from "./find-quoted-spans.js";
import { findSpeakerMentions, type SpeakerMention, speakerRoleKey } from "./find-speaker-mentions.js";
import { contentStems, groupVariants, type VariantFeatures } from "./group-variants.js";
import { orderQuotes } from "./order-quotes.js";
import { entityGenders } from "./speaker-gender.js";
import { firstTokenFrom, tokensWithin } from "./tokens-within.js";

/** Entity each role stands for across the story, from roles written next to a name; ambiguous roles left out. */
function roleHolders(mentionLists: readonly (readonly SpeakerMention[])[]): Map<string, Entity> {
  const holders = new Map<string, Entity | null>();
  for (const mentions of mentionLists)
    for (const mention of mentions) {
      const key = mention.kind === "role" && mention.entity !== null ? speakerRoleKey(mention) : null;
      if (key === null) continue;
      const known = holders.get(key);
      holders.set(key, known === undefined || known === mention.entity ? mention.entity : null);
    }
  return new Map([...holders].filter((entry): entry is [string, Entity] => entry[1] !== null));
}

/**
 * Positions of each sentence's tokens in `tokens`, in order: one array, sorted by sentence (a counting sort), with
 * where each sentence's run starts. Tokens outside every sentence (-1) come first.
 */
class TokensBySentence {
  private readonly positions: Int32Array;
  /** Run of sentence `s` in `positions`: from `starts[s + 1]` to `starts[s + 2]`. */
  private readonly starts: Int32Array;

  constructor(tokens: readonly Token[]) {
    let sentences = 0;
    for (const token of tokens) if (token.sentence + 1 > sentences) sentences = token.sentence + 1;
    const starts = new Int32Array(sentences + 2);
    for (const token of tokens) starts[token.sentence + 2]!++;
    for (let index = 2; index < starts.length; index++) starts[index]! += starts[index - 1]!;
    const next = starts.slice(0, -1);
    const positions = new Int32Array(tokens.length);
    tokens.forEach((token, index) => {
      positions[next[token.sentence + 1]!++] = index;
    });
    this.positions = positions;
    this.starts = starts;
  }

  /** The tokens of some sentences, in the order of `tokens`. */
  tokensOf(tokens: readonly Token[], sentences: ReadonlySet<number>): Token[] {
    const indexes: number[] = [];
    // One sentence's positions are in order already; in a text whose sentences follow each other, so are those of
    // several sentences taken in order, and they need no sorting.
    const order = sentences.size > 1 ? [...sentences].sort((a, b) => a - b) : sentences;
    let sorted = true;
    for (const sentence of order) {
      if (sentence + 2 >= this.starts.length || sentence < -1) continue;
      for (let at = this.starts[sentence + 1]!; at < this.starts[sentence + 2]!; at++) {
        const position = this.positions[at]!;
        if (indexes.length > 0 && position < indexes[indexes.length - 1]!) sorted = false;
        indexes.push(position);
      }
    }
    if (!sorted) indexes.sort((a, b) => a - b);
    return indexes.map((index) => tokens[index]!);
  }
}

/**
 * Direct quotations of a story's articles, each with its speaker (mapped to the entity's name) and every
 * article's wording of it: the same statement quoted or translated differently in several articles is one quote
 * with several variants. Sorted by articles quoting it (one- and two-word scare quotes after longer ones), then
 * by variants.
 */
export function extractQuotes(docs: AnalyzedArticle[], entities: Entity[], options: QuoteOptions = {}): Quote[] {
  const spans = docs.map((doc) =>
    findQuotedSpans(doc.segmented.text, { language: doc.segmented.language, ...options }),
  );
  // Speakers are looked for in every article (a role's holder may be named in one that quotes no one), but only
  // when some article quotes.
  if (spans.every((quotes) => quotes.length === 0)) return [];
  const names = prepareNameForms(entities);
  const contexts = docs.map((doc, k) => {
    const { text, tokens, language } = doc.segmented;
    return { doc, mentions: findSpeakerMentions(text, tokens, language, names), quotes: spans[k]! };
  });
  const roles = roleHolders(contexts.map((context) => context.mentions));
  const unknownNames = new Map<string, Entity>();
  const variants: (QuoteVariant & { speaker: string | null })[] = [];
  const features: VariantFeatures[] = [];
  for (const { doc, mentions, quotes } of contexts) {
    const { text, tokens, sentences, language } = doc.segmented;
    if (quotes.length === 0) continue;
    const context: AttributionContext = {
      text,
      tokens,
      normals: attributionNormals(tokens, text),
      sentences,
      language,
      quotes,
      mentions,
      roles,
      genderOf: entityGenders(text, mentions, language),
      unknownNames,
      index: new ArticleIndex(tokens, sentences, quotes, mentions),
    };
    const bySentence = new TokensBySentence(tokens);
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
      const around = bySentence
        .tokensOf(tokens, sentenceIndexes)
        .filter((token) => token.end <= quote.open || token.start >= quote.close);
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
  return orderQuotes(quotes);
}
