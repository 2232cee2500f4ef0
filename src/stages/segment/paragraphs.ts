import type { Span } from "../../domain/span.js";

/** Paragraph spans: text between blank lines, trimmed. Empty paragraphs are skipped. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) paragraphs.push({ start: a, end: b });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}
