import type { Token } from "../../../domain/text.js";
import type { NumberLexicon } from "./number-lexicon.js";

/** A year as written alone ("2012"): before a plural ("in 2012 millions of people") it multiplies nothing. */
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * The digits at `tokens[first..last]` (worth `value`) multiplied by each word of a thousand or more written right
 * after them: "1,5 million", "2 mil agentes", "2 Tausend", "5 mil millones" (5 × 10⁹). Returns the value and the index
 * of the last token read.
 */
export function readMultipliers(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
  lexicon: NumberLexicon,
): { value: number; last: number } {
  let next = tokens[last + 1];
  while (next !== undefined && isMultiplier(next, tokens[last]!, lexicon)) {
    if (last === first && YEAR.test(tokens[first]!.text) && lexicon.vague(next.normal) !== undefined) break;
    value *= lexicon.value(next.normal)!;
    last++;
    next = tokens[last + 1];
  }
  return { value, last };
}

/** A thousand or more written as a word right after the number ("mil", "Tausend", "millions"): it multiplies it. */
function isMultiplier(word: Token, before: Token, lexicon: NumberLexicon): boolean {
  return (lexicon.value(word.normal) ?? 0) >= 1000 && word.start - before.end <= 2;
}
