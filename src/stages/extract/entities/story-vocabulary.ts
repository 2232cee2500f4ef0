import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";

/** What the whole story says about words, so one article's sentence starts can be told from names. */
export interface StoryVocabulary {
  /** Folded words seen in lower case. */
  lowercase: Set<string>;
  /** Folded words seen capitalised away from a sentence start. */
  capitalizedInside: Set<string>;
}

/** Whether token `index` starts its sentence (or follows an opening quote, a colon, a dash, a line break). */
export function isInitialPosition(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (previous === undefined || previous.sentence !== token.sentence) return true;
  const gap = text.slice(previous.end, token.start);
  // "M. Gladstone", "Gen. Haig": a period after a short capitalised abbreviation ends no sentence.
  const abbreviation = /^\.\s+$/.test(gap) && /^\p{Lu}\p{L}{0,2}$/u.test(previous.text);
  return /[«“"„:—–(\n•]/.test(gap) || (/[.!?]\s*$/.test(gap) && !abbreviation);
}

/** Folded words of the story seen in lower case, and seen capitalised inside sentences. */
export function collectVocabulary(documents: readonly { text: string; tokens: readonly Token[] }[]): StoryVocabulary {
  const lowercase = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const { text, tokens } of documents) {
    tokens.forEach((token, index) => {
      const folded = foldAccents(token.text);
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(folded);
      else if (token.capitalized && !isInitialPosition(tokens, index, text)) capitalizedInside.add(folded);
    });
  }
  return { lowercase, capitalizedInside };
}
