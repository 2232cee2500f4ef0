import type { Span } from "../../domain/span.js";

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["«", "»"],
  ["“", "”"],
  ["„", "”"],
  ["„", "“"],
];

/**
 * Spans of quoted text (marks included), paragraph by paragraph: « … », “ … ”, „ … ”, and straight
 * "…" paired in order. A quotation left open at the end of its paragraph runs to that end.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const paragraph of text.matchAll(paragraphPattern)) {
    const offset = paragraph.index;
    const body = paragraph[0];
    for (const [open, close] of PAIRS) {
      let depth = 0;
      let start = 0;
      for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char === open && (open !== close || depth === 0)) {
          if (depth === 0) start = i;
          depth++;
        } else if (char === close && depth > 0) {
          depth--;
          if (depth === 0) spans.push({ start: offset + start, end: offset + i + 1 });
        }
      }
      if (depth > 0) spans.push({ start: offset + start, end: offset + body.length });
    }
    let straightStart = -1;
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '"') continue;
      if (straightStart < 0) straightStart = i;
      else {
        spans.push({ start: offset + straightStart, end: offset + i + 1 });
        straightStart = -1;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function isInsideAny(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => span.start <= position && position < span.end);
}
