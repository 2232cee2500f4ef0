import type { Token } from "../../../domain/text.js";

/** At most this many initials in a row ("George H. W. Bush", "J. R. R. Tolkien"). */
const MOST_INITIALS = 3;

/** Roman numerals that open a heading ("I. Le contexte", "V. Conclusion"): no initial there. */
const HEADING_NUMERALS = new Set(["I", "V", "X"]);

/** Token `index` is an initial: one capital letter with its period right after it ("F." of "John F. Kennedy"). */
function isInitial(tokens: readonly Token[], text: string, index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.text.length === 1 && token.capitalized && text.charCodeAt(token.end) === 0x2e;
}

/**
 * The index of the name word that the initials from `index` lead to ("F. Kennedy", "H. W. Bush", "J.K. Rowling"),
 * or -1: one to three initials, each with its period and at most one space after it, in one sentence, then a word
 * `isNameWordAt` accepts. `opening`: the initials would start the name, where a lone roman numeral is a heading's.
 */
export function afterInitials(
  tokens: readonly Token[],
  text: string,
  index: number,
  isNameWordAt: (index: number) => boolean,
  opening = false,
): number {
  if (opening && HEADING_NUMERALS.has(tokens[index]?.text ?? "") && !isInitial(tokens, text, index + 1)) return -1;
  let cursor = index;
  while (cursor < index + MOST_INITIALS && isInitial(tokens, text, cursor)) {
    const token = tokens[cursor]!;
    const next = tokens[cursor + 1];
    if (next === undefined || next.sentence !== token.sentence) return -1;
    // "F. Kennedy" or "J.K. Rowling": the period, then one space or none.
    const gap = next.start - token.end;
    if (gap > 2 || (gap === 2 && text[token.end + 1] !== " ")) return -1;
    cursor++;
  }
  return cursor > index && isNameWordAt(cursor) ? cursor : -1;
}

/**
 * Whether token `index` is a one-letter regnal numeral after the given name before it ("Georges V", "Charles X",
 * "Jean-Paul I"), not an initial ("Georges V. Plekhanov"). Longer numerals ("Henri IV") are name words already.
 */
export function isRegnalNumeral(
  tokens: readonly Token[],
  text: string,
  index: number,
  isGivenName: (word: string) => boolean,
): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  // The English pronoun is a stopword ("told Paul I was wrong").
  if (token === undefined || before === undefined || !HEADING_NUMERALS.has(token.text) || token.isStopword)
    return false;
  if (token.start - before.end !== 1 || text[before.end] !== " " || !isGivenName(before.text.split("-").pop()!))
    return false;
  return !isInitial(tokens, text, index) || tokens[index + 1]?.capitalized !== true;
}
