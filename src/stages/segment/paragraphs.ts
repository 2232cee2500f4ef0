import type { Span } from "../../domain/span.js";
import { isSpaceAt } from "./char-class.js";

const NEWLINE = 0x0a;
const SPACE_CHAR = 0x20;
const TAB = 0x09;

/**
 * Paragraph spans: text between blank lines, trimmed. Empty paragraphs are skipped. A blank line is
 * what the regex `\n[ \t]*\n\s*` matches (leftmost, then from the end of the match); it is found by
 * jumping from line break to line break, a few times faster than running the regex over the text.
 */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (b > a) paragraphs.push({ start: a, end: b });
  };
  let start = 0;
  for (let lineBreak = text.indexOf("\n"); lineBreak !== -1; ) {
    let next = lineBreak + 1;
    while (text.charCodeAt(next) === SPACE_CHAR || text.charCodeAt(next) === TAB) next++;
    if (text.charCodeAt(next) !== NEWLINE) {
      lineBreak = text.indexOf("\n", next);
      continue;
    }
    let end = next + 1;
    while (end < text.length && isSpaceAt(text, end)) end++;
    push(start, lineBreak);
    start = end;
    lineBreak = text.indexOf("\n", end);
  }
  push(start, text.length);
  return paragraphs;
}
