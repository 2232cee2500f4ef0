import type { Span } from "../../../domain/span.js";

/** One quotation in a text: the marks and the words between them. */
export interface QuotedSpan extends Span {
  /** Position of the opening mark and just after the closing mark. */
  open: number;
  close: number;
}

/** Opening mark → closing marks it pairs with. */
const PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"' };

export interface QuoteOptions {
  /** Literary dialogue: a paragraph opened by a dash ("— Je viens, dit-il.") is speech up to the paragraph's end. */
  dialogueDashes?: boolean;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u00a0\u202f]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Direct quotations of a text: « … », “ … ”, „ … “, ‹ … › and "straight" pairs (straight ones inside one paragraph),
 * outermost only, offsets of the quoted words without the marks and the spaces inside them. Unbalanced marks
 * are skipped.
 */
export function findQuotedSpans(text: string, options: QuoteOptions = {}): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const mark = text[index]!;
    const closers = PAIRS[mark];
    if (
      closers === undefined ||
      (mark === '"' && /[\p{L}\p{N}]/u.test(text[index - 1] ?? " ") && text[index + 1] === " ")
    ) {
      index++;
      continue;
    }
    let depth = 0;
    let found = -1;
    for (let cursor = index + 1; cursor < text.length; cursor++) {
      const char = text[cursor]!;
      if (mark === '"' && char === "\n" && text[cursor + 1] === "\n") break;
      if (char === "\n" && text[cursor + 1] === "\n" && cursor - index > 2000) break;
      if (char === mark && mark !== '"' && !closers.includes(char)) depth++;
      else if (closers.includes(char)) {
        if (depth === 0) {
          found = cursor;
          break;
        }
        depth--;
      }
    }
    if (found < 0) {
      index++;
      continue;
    }
    const inner = trimmed(text, index + 1, found);
    if (inner.end > inner.start && /\p{L}/u.test(text.slice(inner.start, inner.end))) {
      spans.push({ open: index, close: found + 1, start: inner.start, end: inner.end });
    }
    index = found + 1;
  }
  if (options.dialogueDashes) spans.push(...findDialogue(text, spans));
  return spans.sort((a, b) => a.start - b.start);
}

/** Paragraphs or lines opened by a dialogue dash, not already inside a quotation. */
function findDialogue(text: string, quoted: readonly QuotedSpan[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const match of text.matchAll(/(^|\n)[ \t]*([—–-])[ \t\u00a0]*/g)) {
    const open = match.index + match[1]!.length;
    const from = match.index + match[0].length;
    if (quoted.some((span) => span.open <= open && open < span.close)) continue;
    let end = text.indexOf("\n", from);
    if (end < 0) end = text.length;
    const inner = trimmed(text, from, end);
    if (inner.end > inner.start) found.push({ open, close: end, start: inner.start, end: inner.end });
  }
  return found;
}
