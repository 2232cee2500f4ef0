import type { Token } from "../../../domain/text.js";
import type { NumberLexicon } from "./number-lexicon.js";
import { endsWithPhrase, startsWithPhrase } from "./phrase-edges.js";
import type { QuantityKind } from "./quantity.js";

/** A year in minutes, as durations count them: a duration of whole years can be an age. */
const YEAR = 525_600;
/** How far from the age the word it qualifies is looked for, in tokens. */
const REACH = 3;

/** Someone's age, and who: the stem of the name or noun it qualifies, null when none is near. */
export interface Age {
  head: string | null;
}

/**
 * Whether the quantity of `tokens[first..last]` is someone's age, and whose. A duration in years (`scale` minutes a
 * unit): "the 35-year-old man" (the noun after the age words), "un homme âgé de 35 ans", "Peter Smith, aged 35"
 * (the word before the prefix), "George Floyd, 46 ans," (a name before a comma, the age alone between commas). A
 * bare count only in that last form ("Jackson, 25, was driving"). Null when it is not an age: ages are compared
 * only with the ages of the same person.
 */
export function ageOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: QuantityKind,
  scale: number,
  text: string,
  lexicon: NumberLexicon,
): Age | null {
  const count = kind === "count" && /^\d{1,3}$/.test(tokens[first]!.text) && first === last;
  if (!(kind === "duration" && scale === YEAR) && !count) return null;
  const sentence = tokens[first]!.sentence;
  const after = text.slice(tokens[last]!.end, tokens[last]!.end + 30);
  const ageWords = count ? null : startsWithPhrase(after.replace(/^-/, " "), lexicon.ageWords);
  if (ageWords !== null) {
    const end = tokens[last]!.end + ageWords;
    for (let index = last + 1; index <= last + REACH + 1 && tokens[index]?.sentence === sentence; index++) {
      const token = tokens[index]!;
      if (token.start >= end && !token.isStopword) return { head: token.stem };
    }
    return { head: null };
  }
  const before = text.slice(Math.max(0, tokens[first]!.start - 40), tokens[first]!.start);
  const previous = tokens[first - 1];
  // "George Floyd, 46 ans,": the name right before the comma.
  if (/\p{Lu}[\p{L}'’-]*\s*,\s*$/u.test(before) && /^\s*(?:[,)]|$)/u.test(after))
    return { head: previous?.sentence === sentence && previous.capitalized ? previous.stem : null };
  if (count || !endsWithPhrase(before, lexicon.agePrefixes)) return null;
  // "un homme âgé de 35 ans": the last word before the prefix's own words.
  const prefixWords = agePrefixWords(lexicon);
  for (let index = first - 1; index >= Math.max(0, first - REACH - 3); index--) {
    const token = tokens[index]!;
    if (token.sentence !== sentence) break;
    if (!prefixWords.has(token.normal) && !token.isStopword) return { head: token.stem };
  }
  return { head: null };
}

const prefixWordsByLexicon = new WeakMap<NumberLexicon, ReadonlySet<string>>();

/** The words of a language's age prefixes, lower-cased ("âgé", "de", "aged", "alter", "von"). */
function agePrefixWords(lexicon: NumberLexicon): ReadonlySet<string> {
  let words = prefixWordsByLexicon.get(lexicon);
  if (words === undefined) {
    words = new Set(lexicon.agePrefixes.flatMap((prefix) => prefix.toLowerCase().split(/[\s'’]+/u)));
    prefixWordsByLexicon.set(lexicon, words);
  }
  return words;
}
