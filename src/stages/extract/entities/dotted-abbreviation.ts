import type { Token } from "../../../domain/text.js";
import type { Candidate } from "./candidate.js";
import type { GazetteerEntry } from "./gazetteer.js";

const PERIOD = 0x2e;
/** One capital, or a Spanish plural's pair ("EE" of "EE. UU."). */
const ABBREVIATED_LETTERS = /^(?:\p{Lu}|(\p{Lu})\1)$/u;

/** Token `index` is a letter of an abbreviation: one capital (or a pair), a period right after it. */
function isAbbreviatedLetter(tokens: readonly Token[], text: string, index: number): boolean {
  const token = tokens[index];
  // Most tokens are longer, or have no period after them: ruled out before the expression.
  return (
    token !== undefined &&
    token.text.length <= 2 &&
    text.charCodeAt(token.end) === PERIOD &&
    ABBREVIATED_LETTERS.test(token.text)
  );
}

/**
 * The listed place or organisation written as an abbreviation with periods from token `first` ("U.S.", "U.N.",
 * "EE. UU."), and its last token; null when there is none there. Its letters each take their period, at most one
 * space before the next, within one sentence; `gazetteerOf` is asked about the whole, last period included. An
 * abbreviation that is nobody's initials is a name of its own ("J.R. Ewing" is not listed: initials, then a name).
 */
export function dottedAbbreviationAt(
  tokens: readonly Token[],
  text: string,
  first: number,
  gazetteerOf: (name: string) => GazetteerEntry | undefined,
): { last: number; entry: GazetteerEntry } | null {
  if (!isAbbreviatedLetter(tokens, text, first) || !isAbbreviatedLetter(tokens, text, first + 1)) return null;
  let last = first;
  while (isAbbreviatedLetter(tokens, text, last + 1)) {
    const gap = text.slice(tokens[last]!.end + 1, tokens[last + 1]!.start);
    if (gap.length > 1 || (gap.length === 1 && gap !== " ") || tokens[last + 1]!.sentence !== tokens[first]!.sentence)
      break;
    last++;
  }
  if (last === first) return null;
  const entry = gazetteerOf(text.slice(tokens[first]!.start, tokens[last]!.end + 1));
  return entry === undefined ? null : { last, entry };
}

/**
 * The candidate of a dotted abbreviation (see `dottedAbbreviationAt`), its last period included: a listed name,
 * with no cue but the place preposition before it.
 */
export function abbreviationCandidate(
  tokens: readonly Token[],
  text: string,
  first: number,
  found: { last: number; entry: GazetteerEntry },
  cues: { sentenceInitial: boolean; placePreposition: boolean },
): Candidate {
  const start = tokens[first]!.start;
  const end = tokens[found.last]!.end + 1;
  const name = text.slice(start, end);
  return {
    start,
    end,
    text: name,
    nameStart: start,
    name,
    words: found.last - first + 1,
    cues: {
      title: false,
      role: null,
      organizationHead: false,
      placeHead: false,
      placeNounAfter: false,
      placePreposition: cues.placePreposition,
      group: false,
    },
    sentenceInitial: cues.sentenceInitial,
    confirmed: true,
    sentence: tokens[first]!.sentence,
    lastToken: found.last,
    gazetteer: found.entry,
    foldedWord: undefined,
  };
}
