import type { Token } from "../../../domain/text.js";
import { PLACE_NOUNS_AFTER } from "../../../language-data/place-heads.js";

const NOUNS = new Set(PLACE_NOUNS_AFTER);

/**
 * Whether the name ending at token `last` is followed, in English, by a lower-case place noun ("Bukit Sama village",
 * "Bener Meriah district", "Hormozgan province"): English puts the kind of place after its name.
 */
export function placeNounAfter(tokens: readonly Token[], text: string, last: number, language: string): boolean {
  if (language !== "en") return false;
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    !next.capitalized &&
    next.sentence === tokens[last]!.sentence &&
    next.start === tokens[last]!.end + 1 &&
    text.charCodeAt(tokens[last]!.end) === 0x20 &&
    NOUNS.has(next.normal)
  );
}
