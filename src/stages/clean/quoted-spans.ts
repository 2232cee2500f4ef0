import type { Span } from "../../domain/span.js";

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ["„", "”"],
  ["„", "“"],
];
const STRAIGHT = '"';
/** Quotation marks and the paragraph break: the only characters `quotedSpans` reads. */
const MARKS = /\n\n|[«»“”„"]/g;

interface Quotation {
  span: Span;
  /** Index into PAIRS, PAIRS.length for straight quotes: spans starting together keep this order. */
  kind: number;
}

/**
 * Spans of quoted text (marks included), paragraph by paragraph: « … », “ … ”, „ … ”, and straight
 * "…" paired in order. A quotation left open at the end of its paragraph runs to that end.
 * One pass over the marks of the text, every kind of quotation at once.
 */
export function quotedSpans(text: string): Span[] {
  const found: Quotation[] = [];
  const depths = PAIRS.map(() => 0);
  const starts = PAIRS.map(() => 0);
  let straightStart = -1;
  const closeParagraph = (end: number): void => {
    for (let kind = 0; kind < PAIRS.length; kind++) {
      if (depths[kind]! > 0) found.push({ span: { start: starts[kind]!, end }, kind });
      depths[kind] = 0;
    }
    straightStart = -1;
  };
  for (const mark of text.matchAll(MARKS)) {
    const char = mark[0];
    const i = mark.index;
    if (char === "\n\n") {
      // A paragraph ends before the first break of a blank line (a single line break stays inside it).
      closeParagraph(i);
      continue;
    }
    for (let kind = 0; kind < PAIRS.length; kind++) {
      const [open, close] = PAIRS[kind]!;
      if (char === open) {
        if (depths[kind] === 0) starts[kind] = i;
        depths[kind]!++;
      } else if (char === close && depths[kind]! > 0) {
        depths[kind]!--;
        if (depths[kind] === 0) found.push({ span: { start: starts[kind]!, end: i + 1 }, kind });
      }
    }
    if (char === STRAIGHT) {
      if (straightStart < 0) straightStart = i;
      else {
        found.push({ span: { start: straightStart, end: i + 1 }, kind: PAIRS.length });
        straightStart = -1;
      }
    }
  }
  closeParagraph(text.length);
  return found.sort((a, b) => a.span.start - b.span.start || a.kind - b.kind).map(({ span }) => span);
}

export function isInsideAny(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => span.start <= position && position < span.end);
}
