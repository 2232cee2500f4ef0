import type { Sentence, Token } from "../../../domain/text.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";
import { lowerBound } from "./lower-bound.js";
import type { QuotedSpan } from "./quoted-span.js";
import { firstTokenFrom } from "./tokens-within.js";

/** Index of the first of `sorted` (ascending) above `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where things are in one article, for attributing its quotes: each quote asks which sentence holds an offset,
 * which tokens and speaker mentions lie between two offsets, whether an offset is quoted. Built once per article,
 * so those questions are binary searches instead of walks over the whole article for every quote and mention.
 * Sentences and tokens in text order (as segmentation gives them) are searched by halves; any other order falls
 * back to reading them all, with the same answers.
 */
export class ArticleIndex {
  private readonly sentenceStarts: number[] | null;
  private readonly tokenEnds: number[] | null;
  /** Quoted stretches, `open` to `close`, overlapping ones merged, in order. */
  private readonly quotedFrom: number[] = [];
  private readonly quotedTo: number[] = [];
  private readonly mentionStarts: number[];
  /** Whether each mention lies outside every quotation. */
  private readonly unquoted: boolean[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly sentences: readonly Sentence[],
    quotes: readonly QuotedSpan[],
    /** In text order (by start), as `findSpeakerMentions` gives them. */
    private readonly mentions: readonly SpeakerMention[],
  ) {
    const sentencesInOrder = sentences.every(
      (sentence, index) =>
        sentence.start < sentence.end && (index === 0 || sentences[index - 1]!.end <= sentence.start),
    );
    this.sentenceStarts = sentencesInOrder ? sentences.map((sentence) => sentence.start) : null;
    const tokensInOrder = tokens.every(
      (token, index) => index === 0 || (tokens[index - 1]!.start <= token.start && tokens[index - 1]!.end <= token.end),
    );
    // Ends in order too: the last token ending by an offset is then found by halves.
    this.tokenEnds = tokensInOrder ? tokens.map((token) => token.end) : null;
    const spans = [...quotes].sort((a, b) => a.open - b.open);
    for (const span of spans) {
      const last = this.quotedTo.length - 1;
      if (last >= 0 && span.open <= this.quotedTo[last]!)
        this.quotedTo[last] = Math.max(this.quotedTo[last]!, span.close);
      else {
        this.quotedFrom.push(span.open);
        this.quotedTo.push(span.close);
      }
    }
    this.mentionStarts = mentions.map((mention) => mention.start);
    this.unquoted = mentions.map((mention) => !this.insideQuote(mention.start));
  }

  /** Whether a quotation holds `offset` (from its opening mark to just before its closing one). */
  insideQuote(offset: number): boolean {
    const index = upperBound(this.quotedFrom, offset) - 1;
    return index >= 0 && offset < this.quotedTo[index]!;
  }

  /** Index of the sentence holding `offset`, else of the last one starting before it; -1 before the first. */
  sentenceIndexAt(offset: number): number {
    if (this.sentenceStarts !== null) return upperBound(this.sentenceStarts, offset) - 1;
    const holding = this.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end);
    return holding >= 0 ? holding : this.sentences.findLastIndex((sentence) => sentence.start <= offset);
  }

  sentenceAt(offset: number): Sentence | undefined {
    return this.sentences[this.sentenceIndexAt(offset)];
  }

  /** The first sentence starting at or after `offset`. */
  sentenceFrom(offset: number): Sentence | undefined {
    if (this.sentenceStarts !== null) return this.sentences[lowerBound(this.sentenceStarts, offset)];
    return this.sentences.find((sentence) => sentence.start >= offset);
  }

  /** Indexes of the tokens lying wholly between `from` and `to`, in order (as `tokensWithin`). */
  tokensWithin(from: number, to: number): number[] {
    const within: number[] = [];
    if (this.tokenEnds === null) {
      this.tokens.forEach((token, index) => {
        if (token.start >= from && token.end <= to) within.push(index);
      });
      return within;
    }
    for (let index = firstTokenFrom(this.tokens, from); index < this.tokens.length; index++) {
      const token = this.tokens[index]!;
      if (token.start > to) break;
      if (token.end <= to) within.push(index);
    }
    return within;
  }

  /** Index of the last token ending at or before `offset` (-1 when none does). */
  lastTokenEndingBy(offset: number): number {
    if (this.tokenEnds !== null) return upperBound(this.tokenEnds, offset) - 1;
    return this.tokens.findLastIndex((token) => token.end <= offset);
  }

  /**
   * The unquoted mentions from `from` on whose end is at or before `to`, in text order: `from`–`to` hold them
   * whole, or `from` is a floor and `to` the start of a later mention.
   */
  mentionsWithin(from: number, to: number): SpeakerMention[] {
    const within: SpeakerMention[] = [];
    for (let index = lowerBound(this.mentionStarts, from); index < this.mentions.length; index++) {
      const mention = this.mentions[index]!;
      if (mention.start > to) break;
      if (mention.end <= to && this.unquoted[index]) within.push(mention);
    }
    return within;
  }
}
