import type { Span } from "./span.js";

/** One sentence of an article's cleaned text. */
export interface Sentence extends Span {
  /** 0-based index of the paragraph it belongs to. */
  paragraph: number;
}

/** One word token. `text === source.slice(start, end)`. */
export interface Token extends Span {
  text: string;
  /** Lower-cased, accents kept, elision apostrophe removed ("l'" → "l"). */
  normal: string;
  /** Snowball stem of `normal` in the article's language (accent-folded). */
  stem: string;
  isStopword: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** 0-based index of the sentence holding it. */
  sentence: number;
}

/** An article's text split for analysis. Recomputed from `text` + `language`, never stored as truth. */
export interface SegmentedText {
  text: string;
  language: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}
