import type { Token } from "../../../domain/text.js";

/**
 * The token right after token `index` in its sentence, with one space (or a no-break space) between them, or none
 * after an apostrophe ("l'Engadine"); undefined otherwise: the words a name runs on into, or that describe it.
 */
export function tokenAfter(tokens: readonly Token[], text: string, index: number): Token | undefined {
  const previous = tokens[index];
  const token = tokens[index + 1];
  if (previous === undefined || token === undefined || token.sentence !== previous.sentence) return undefined;
  const gap = text.slice(previous.end, token.start);
  return /^[ \u00a0]?$/.test(gap) || (gap === "" && /['’]$/.test(previous.text)) ? token : undefined;
}
