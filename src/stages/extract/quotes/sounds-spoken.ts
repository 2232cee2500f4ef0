import { SPEAKER_PERSON_WORDS } from "../../../language-data/incise-verbs.js";
import { wordSetsByLanguage } from "../../segment/index.js";

const NOT_WORD = /[^\p{L}'’]+/u;

const personWords = wordSetsByLanguage(SPEAKER_PERSON_WORDS);

/** Whether the sentence starting at `from` reads as speech: a first- or second-person word, or ! or ?. */
export function soundsSpoken(text: string, from: number, to: number, language: string): boolean {
  const words = personWords(language);
  const stop = /[.!?…]/.exec(text.slice(from, to));
  const sentence = text.slice(from, stop === null ? to : from + stop.index + 1);
  if (/[!?]/.test(sentence)) return true;
  return sentence
    .toLowerCase()
    .split(NOT_WORD)
    .flatMap((word) => [word, word.replace(/^([a-zà-ÿ]['’]).*/u, "$1")])
    .some((word) => words.has(word));
}
