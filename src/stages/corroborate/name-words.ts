import { foldAccents } from "../segment/index.js";

/** The words of a text, lower-cased and folded, in order. */
export function foldedWords(text: string): string[] {
  return foldAccents(text.toLowerCase()).match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
}

/** A name's words of three letters or more: "A. J. Smith" → smith; "Bashar al-Assad" → bashar, assad. */
export function nameWords(name: string): string[] {
  return foldedWords(name).filter((word) => word.length > 2);
}

/** Generational suffixes after a surname, folded. */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The word a person is known by: a name's last word but a generational suffix or an initial ("Martin Luther King Jr"
 * → king, "Bashar al-Assad" → assad; "Kim Jong-un" → un, not Kim Jong-il's "il").
 */
export function surnameOf(name: string): string | undefined {
  return foldedWords(name)
    .filter((word) => word.length > 1 && !SUFFIXES.has(word))
    .at(-1);
}
