import { hasQuoteMarks } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";

/**
 * A section heading inside the body ("Contexte explosif", "What happens next"): a paragraph of one
 * short line, capitalised, with no closing punctuation and no quotation, between paragraphs of text.
 * Headings are not sentences of the article: kept in the text, a summary could pick one. The cleaner
 * removes them as "subheading" (recorded, so the dossier can still show the structure).
 */
export function isSubheading(line: string, aloneInParagraph: boolean, betweenText: boolean): boolean {
  if (!aloneInParagraph || !betweenText) return false;
  if (!hasMoreWordsThan(line, 0) || hasMoreWordsThan(line, 10) || line.length > 80) return false;
  if (/[.!?…,;:]$/.test(line) || hasQuoteMarks(line)) return false;
  return /^[\p{Lu}\p{N}]/u.test(line) && /\p{L}{2}/u.test(line);
}
