import type { Span } from "../domain/span.js";

const MAX_SPANS = 50;

/**
 * The spans of an article page's `hl` parameter ("120-245,300-310"), clamped to the text, in the
 * order given; malformed or empty ranges are skipped, so any link opens the page.
 */
export function parseHighlights(value: string | undefined, textLength: number): Span[] {
  if (value === undefined) return [];
  const spans: Span[] = [];
  for (const part of value.split(",").slice(0, MAX_SPANS)) {
    const match = /^\s*(\d{1,9})-(\d{1,9})\s*$/.exec(part);
    if (match === null) continue;
    const start = Math.min(Number(match[1]), textLength);
    const end = Math.min(Number(match[2]), textLength);
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The `hl` parameter value for these spans. */
export function formatHighlights(spans: readonly Span[]): string {
  return spans.map((span) => `${span.start}-${span.end}`).join(",");
}
