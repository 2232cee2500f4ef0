import type { Sentence, Token } from "../../domain/text.js";
import { ELISIONS } from "../../language-data/elisions.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { stemWord } from "./stem.js";
import { isStopword } from "./stopwords.js";

/** Words (letters and marks, with inner apostrophes) and numbers (with inner separators: 100.000, 1,5). */
const WORD = /\p{N}+(?:[., ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const APOSTROPHE = /['’]/;
const CAPITALIZED = /^\p{Lu}/u;

/** What a token's surface alone decides. */
interface WordInfo {
  normal: string;
  stem: string;
  isStopword: boolean;
  capitalized: boolean;
}

/** Distinct surfaces remembered per language before the memo starts afresh (memory stays bounded). */
const MEMO_CAPACITY = 100_000;

/**
 * Per language, surface → what it decides: news text repeats the same words, so each distinct surface
 * is lower-cased, stemmed and looked up once. A surface ending with an apostrophe is an elided article
 * ("l’"), whose normal form drops it; no other token ends with one.
 */
const memos = new Map<string, Map<string, WordInfo>>();

function memoFor(language: string): Map<string, WordInfo> {
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = new Map();
    memos.set(language, memo);
  }
  return memo;
}

function infoOf(memo: Map<string, WordInfo>, surface: string, language: string, elided: boolean): WordInfo {
  let info = memo.get(surface);
  if (info === undefined) {
    const normal = elided ? surface.slice(0, -1).toLowerCase() : surface.toLowerCase().replace(/’/g, "'");
    info = {
      normal,
      stem: stemWord(normal, language),
      isStopword: isStopword(normal, language),
      capitalized: CAPITALIZED.test(surface),
    };
    if (memo.size >= MEMO_CAPACITY) memo.clear();
    memo.set(surface, info);
  }
  return info;
}

const elisionSets = new Map<string, Set<string>>();

function elisionPrefixes(language: string): Set<string> {
  let set = elisionSets.get(language);
  if (set === undefined) {
    set = new Set(ELISIONS[language as SupportedLanguage] ?? []);
    elisionSets.set(language, set);
  }
  return set;
}

/**
 * Word tokens of `text` with offsets, stems and stopword flags. Elided articles are split off
 * ("l’Ukraine" → "l’" + "Ukraine"), hyphenated words are split ("États-Unis" → "États", "Unis").
 * Each token is given the index of the sentence that contains it, or -1 outside every sentence.
 */
export function tokenize(text: string, language: string, sentences: readonly Sentence[] = []): Token[] {
  const elisions = elisionPrefixes(language);
  const memo = memoFor(language);
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  const push = (start: number, end: number, elided: boolean): void => {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= start) sentenceIndex++;
    const inside = sentenceIndex < sentences.length && sentences[sentenceIndex]!.start <= start;
    const surface = text.slice(start, end);
    const info = infoOf(memo, surface, language, elided);
    tokens.push({
      start,
      end,
      text: surface,
      normal: info.normal,
      stem: info.stem,
      isStopword: info.isStopword,
      capitalized: info.capitalized,
      sentence: inside ? sentenceIndex : -1,
    });
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let start = match.index;
    const apostrophe = word.search(APOSTROPHE);
    if (apostrophe > 0 && elisions.has(word.slice(0, apostrophe).toLowerCase())) {
      push(start, start + apostrophe + 1, true);
      start += apostrophe + 1;
    }
    const end = match.index + word.length;
    if (end > start) push(start, end, false);
  }
  return tokens;
}
