import { LAW_FIRST_WORDS, LAW_LAST_WORDS } from "../../../language-data/law-words.js";
import { foldAccents } from "../../segment/index.js";

const FIRST = new Set(LAW_FIRST_WORDS);
const LAST = new Set(LAW_LAST_WORDS);

/** Whether the words of a name (two or more) name a law: "Ley de Emergencia", "Loi Travail", "Patriot Act". */
export function isLawName(words: readonly string[]): boolean {
  return words.length >= 2 && (FIRST.has(foldAccents(words[0]!)) || LAST.has(foldAccents(words.at(-1)!)));
}
