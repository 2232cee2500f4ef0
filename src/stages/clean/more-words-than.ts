import { countWords } from "./count-words.js";

/**
 * Whether `text` has more than `words` words (as `wordsOf` finds them). The rules only ask whether a
 * line is short: counting stops one word past the question, so long paragraphs are not counted to
 * their end.
 */
export function hasMoreWordsThan(text: string, words: number): boolean {
  // A word takes a character, and a character between words: a text this short has no more.
  return text.length > words && countWords(text, words + 1) > words;
}
