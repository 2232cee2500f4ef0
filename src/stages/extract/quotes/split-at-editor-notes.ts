import type { QuotedSpan } from "./quoted-span.js";
import { trimmedPiece } from "./trimmed-piece.js";

/**
 * An editor's or translator's note in square brackets ("[Note : l'eau-de-vie]", "[NDLR : …]", "[N.d.T. …]",
 * "[Editor's note: …]"): no one said it. A bracket that stands for the speaker's own words ("[le président]",
 * "[sic]") is not one.
 */
const EDITOR_NOTE =
  /\[\s*(?:notes?\b|n\.?\s?d\.?\s?(?:l\.?\s?)?[rte]\b\.?|editor['’]?s note|translator['’]?s note|anm\.|nota\b)[^\]]*\]/giu;

/**
 * `span` without the editors' notes inside it: "tu vas me payer l'eau d'aff [Note : l'eau-de-vie], ou je te fais
 * danser" is two pieces of speech, "tu vas me payer l'eau d'aff" and "ou je te fais danser" (see `trimmedPiece`).
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
    const piece = trimmedPiece(text, cursor, noteStart);
    if (piece !== null) pieces.push({ open, close: noteStart, ...piece });
    cursor = noteEnd;
    open = noteEnd;
  }
  if (cursor === span.start) return [span];
  const last = trimmedPiece(text, cursor, span.end);
  if (last !== null) pieces.push({ open, close: span.close, ...last });
  return pieces;
}
