import type { Sentence, Token } from "../../domain/text.js";
import { ELISIONS } from "../../language-data/elisions.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { stemWord } from "./stem.js";
import { isStopword } from "./stopwords.js";

/** Words (letters and marks, with inner apostrophes) and numbers (with inner separators: 100.000, 1,5). */
const WORD = /\p{N}+(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

function elisionPrefixes(language: string): Set<string> {
  return new Set(ELISIONS[language as SupportedLanguage] ?? []);
}

/**
 * Word tokens of `text` with offsets, stems and stopword flags. Elided articles are split off
 * ("l’Ukraine" → "l’" + "Ukraine"), hyphenated words are split ("États-Unis" → "États", "Unis").
 * Each token is given the index of the sentence that contains it, or -1 outside every sentence.
 */
export function tokenize(text: string, language: string, sentences: readonly Sentence[] = []): Token[] {
  const elisions = elisionPrefixes(language);
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  const push = (start: number, end: number, normal: string): void => {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= start) sentenceIndex++;
    const inside = sentenceIndex < sentences.length && sentences[sentenceIndex]!.start <= start;
    const surface = text.slice(start, end);
    tokens.push({
      start,
      end,
      text: surface,
      normal,
      stem: stemWord(normal, language),
      isStopword: isStopword(normal, language),
      capitalized: /^\p{Lu}/u.test(surface),
      sentence: inside ? sentenceIndex : -1,
    });
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let start = match.index;
    const apostrophe = word.search(/['’]/);
    if (apostrophe > 0) {
      const prefix = word.slice(0, apostrophe).toLowerCase();
      if (elisions.has(prefix)) {
        push(start, start + apostrophe + 1, prefix);
        start += apostrophe + 1;
      }
    }
    const rest = text.slice(start, match.index + word.length);
    if (rest.length > 0) push(start, start + rest.length, rest.toLowerCase().replace(/’/g, "'"));
  }
  return tokens;
}
