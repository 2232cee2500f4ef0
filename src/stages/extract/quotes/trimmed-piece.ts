const HAS_LETTER = /\p{L}/u;

/**
 * The piece of a quotation between two cuts (an incise, an editor's note), without the spaces, commas, colons and
 * semicolons at its edges, nor a period the cut left at its start ("…[Note : …]. Et…"); null when no letter is left.
 */
export function trimmedPiece(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s\u00a0\u202f,;:.]/u.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f,;:]/u.test(text[end - 1]!)) end--;
  return HAS_LETTER.test(text.slice(start, end)) ? { start, end } : null;
}
