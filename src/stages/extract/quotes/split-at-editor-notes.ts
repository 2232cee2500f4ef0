import type { QuotedSpan } from "./quoted-span.js";

/**
 * An editor's or translator's note in square brackets ("[Note : l'eau-de-vie]", "[NDLR : …]", "[N.d.T. …]",
 * "[Editor's note: …]"): no one said it. A bracket that stands for the speaker's own words ("[le président]",
 * "[sic]") is not one.
 */
const EDITOR_NOTE =
  /\[\s*(?:notes?\b|n\.?\s?d\.?\s?(?:l\.?\s?)?[rte]\b\.?|editor['’]?s note|translator['’]?s note|anm\.|nota\b)[^\]]*\]/giu;
const HAS_LETTER = /\p{L}/u;
const EDGE = /[\s\u00a0\u202f,;:.]/u;

/**
 * `span` without the editors' notes inside it: "tu vas me payer l'eau d'aff [Note : l'eau-de-vie], ou je te fais
 * danser" is two pieces of speech, "tu vas me payer l'eau d'aff" and "ou je te fais danser". A piece keeps its own
 * end punctuation; spaces, commas and colons at its edges go.
 */
export function splitAtEditorNotes(text: string, span: QuotedSpan): QuotedSpan[] {
  const inner = text.slice(span.start, span.end);
  if (!inner.includes("[")) return [span];
  const pieces: QuotedSpan[] = [];
  let cursor = span.start;
  let open = span.open;
  EDITOR_NOTE.lastIndex = 0;
  for (let match = EDITOR_NOTE.exec(inner); match !== null; match = EDITOR_NOTE.exec(inner)) {
    const noteStart = span.start + match.index;
    const noteEnd = noteStart + match[0].length;
    const piece = trimmed(text, cursor, noteStart);
    if (piece !== null) pieces.push({ open, close: noteStart, ...piece });
    cursor = noteEnd;
    open = noteEnd;
  }
  if (cursor === span.start) return [span];
  const last = trimmed(text, cursor, span.end);
  if (last !== null) pieces.push({ open, close: span.close, ...last });
  return pieces;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f,;:]/u.test(text[end - 1]!)) end--;
  return HAS_LETTER.test(text.slice(start, end)) ? { start, end } : null;
}
