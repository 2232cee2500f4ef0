import type { Token } from "../../domain/text.js";
import { createVocabulary, keyIn, type Vocabulary } from "./lexical-words.js";

/**
 * The word sequences that can make a word rule fire, by first word: first key → the keys that must
 * follow it, one list per sequence (empty when the first word is enough), and every key they hold.
 * Null when some sequence starts with a word that is not letters only (then the tokens cannot tell,
 * see `mayFireWordRules`).
 */
export type WordTriggers = {
  sequences: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  vocabulary: Vocabulary;
} | null;

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Word triggers from sequences of word keys. Each sequence is cut before its first key that is not
 * letters only (an apostrophe, a digit): what is left is still needed for the rule to fire.
 */
export function createWordTriggers(sequences: Iterable<readonly string[]>): WordTriggers {
  const byFirst = new Map<string, Array<readonly string[]>>();
  for (const sequence of sequences) {
    const cut = sequence.findIndex((key) => !LETTERS_ONLY.test(key));
    const needed = cut < 0 ? sequence : sequence.slice(0, cut);
    if (needed.length === 0) return null;
    const list = byFirst.get(needed[0]!) ?? [];
    list.push(needed.slice(1));
    byFirst.set(needed[0]!, list);
  }
  const keys = [...byFirst].flatMap(([first, rests]) => [first, ...rests.flat()]);
  return { sequences: byFirst, vocabulary: createVocabulary(keys) };
}

/**
 * Whether the words of `text` could make a word rule fire, read from its tokens (`segmentText` of the
 * same text): most articles have none, and their words need not be listed then. A word of letters
 * only is a whole token (the segmenter splits words at elision apostrophes and between letters and
 * digits, never inside a run of letters), and two such words in a row are two tokens in a row. So a
 * text whose token runs match no trigger has no such words; a match may be a false alarm (a token
 * that is only part of a word), which the full reading settles.
 */
export function mayFireWordRules(text: string, tokens: readonly Token[], triggers: WordTriggers): boolean {
  if (triggers === null) return true;
  const { sequences, vocabulary } = triggers;
  const keyAt = (i: number): string => keyIn(vocabulary, text, tokens[i]!.start, tokens[i]!.end);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const key = keyIn(vocabulary, text, token.start, token.end);
    if (key === "") continue;
    for (const rest of sequences.get(key) ?? []) {
      if (rest.every((next, j) => i + 1 + j < tokens.length && keyAt(i + 1 + j) === next)) return true;
    }
  }
  return false;
}
