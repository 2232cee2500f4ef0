import type { Span } from "../../domain/span.js";

/**
 * Node 20's Intl.Segmenter turns super-linear past ~64K characters, so it is only ever given
 * pieces shorter than this: a paragraph, else its lines, else whitespace-cut chunks. The sentence
 * rules in JavaScript get the same pieces, so that both cut the same sentences.
 */
const MAX_SEGMENTER_INPUT = 8_000;

/** Cuts a long span at line breaks, then at whitespace, into pieces the segmenter handles in linear time. */
export function boundedPieces(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SEGMENTER_INPUT) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SEGMENTER_INPUT) {
    const window = text.slice(start, start + MAX_SEGMENTER_INPUT);
    let cut = window.lastIndexOf("\n");
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = lastSentenceEnd(window);
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = window.lastIndexOf(" ");
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = MAX_SEGMENTER_INPUT - 1;
    pieces.push({ start, end: start + cut + 1 });
    start += cut + 1;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Index of the whitespace after the last sentence-ending punctuation in `window`, or -1. */
function lastSentenceEnd(window: string): number {
  let found = -1;
  for (const match of window.matchAll(/[.!?…]["»”’)]*\s/gu)) found = match.index + match[0].length - 1;
  return found;
}
