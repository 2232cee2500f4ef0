import { AWARD_WORDS } from "../../../language-data/award-words.js";
import { foldAccents } from "../../segment/index.js";

const AWARDS = new Set(AWARD_WORDS);

/** Whether a word, as written or folded, names a prize, an award, a trophy or a medal ("Premio", "Prize", "Trophée"). */
export function isAwardWord(word: string): boolean {
  return AWARDS.has(foldAccents(word));
}
