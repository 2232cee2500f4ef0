import type { Sentence, Token } from "../../domain/text.js";
import { ELISIONS, FINAL_CLITICS } from "../../language-data/elisions.js";
import { classAt, LETTER, MARK, NUMBER, runEnd, widthAt } from "./char-class.js";
import { stemWord } from "./stem.js";
import { isStopword } from "./stopwords.js";
import { SurfaceMemo } from "./surface-memo.js";
import { wordSetsByLanguage } from "./word-sets-by-language.js";

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const COMMA = 0x2c;
const SPACE_CHAR = 0x20;
const CAPITALIZED = /^\p{Lu}/u;

/** What a token's surface alone decides. */
interface WordInfo {
  /** The surface itself, shared by all its tokens (one string instead of one per token). */
  surface: string;
  normal: string;
  stem: string;
  isStopword: boolean;
  capitalized: boolean;
}

/** Distinct surfaces per language in one generation of the memo (it holds at most two: memory stays bounded). */
const MEMO_CAPACITY = 100_000;

function infoOf(surface: string, language: string): WordInfo {
  const normal =
    surface.endsWith("’") || surface.endsWith("'")
      ? surface.slice(0, -1).toLowerCase()
      : surface.toLowerCase().replace(/’/g, "'");
  return {
    surface,
    normal,
    stem: stemWord(normal, language),
    isStopword: isStopword(normal, language),
    capitalized: CAPITALIZED.test(surface),
  };
}

/**
 * Per language, surface → what it decides: news text repeats the same words, so each distinct surface
 * is lower-cased, stemmed and looked up once. A surface ending with an apostrophe is an elided article
 * ("l’"), whose normal form drops it; no other token ends with one.
 */
const memos = new Map<string, SurfaceMemo<WordInfo>>();

function memoFor(language: string): SurfaceMemo<WordInfo> {
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = new SurfaceMemo((surface) => infoOf(surface, language), MEMO_CAPACITY);
    memos.set(language, memo);
  }
  return memo;
}

const elisionPrefixes = wordSetsByLanguage(ELISIONS);

const finalClitics = wordSetsByLanguage(FINAL_CLITICS);

/** End of the number starting at `start`: digits, groups of three after ".", "," or " ", then decimals. */
function numberEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && (classAt(text, end) & NUMBER) !== 0) end += widthAt(text, end);
  for (;;) {
    const separator = text.charCodeAt(end);
    if (separator !== DOT && separator !== COMMA && separator !== SPACE_CHAR) break;
    let cursor = end + 1;
    let digits = 0;
    while (digits < 3 && cursor < text.length && (classAt(text, cursor) & NUMBER) !== 0) {
      cursor += widthAt(text, cursor);
      digits++;
    }
    if (digits < 3) break;
    end = cursor;
  }
  const separator = text.charCodeAt(end);
  if ((separator === DOT || separator === COMMA) && end + 1 < text.length && (classAt(text, end + 1) & NUMBER) !== 0) {
    end++;
    while (end < text.length && (classAt(text, end) & NUMBER) !== 0) end += widthAt(text, end);
  }
  return end;
}

/** Elided letters that, capitalised and glued to a capitalised word, are part of a name ("N'Djamena", "D'Alema"). */
const NAME_ELISIONS = new Set(["D", "N", "M"]);

/**
 * Whether the elision `text[start .. apostrophe]` opens the word after it as part of a name rather than as an elided
 * word: a capital "N'" or "M'" before a capitalised word not written in capitals ("N'Djamena", "N'Golo", "M'Bala"; the
 * negation and the pronoun come before verbs, in lower case), and a capital "D'" too where it cannot be the
 * capitalised preposition, inside a sentence ("Massimo D'Alema", but "D'Allemagne arrivent…").
 */
function opensName(text: string, start: number, apostrophe: number, end: number, sentenceInitial: boolean): boolean {
  if (apostrophe !== start + 1) return false;
  const letter = text[start]!;
  if (!NAME_ELISIONS.has(letter) || (letter === "D" && sentenceInitial)) return false;
  const word = text.slice(apostrophe + 1, end);
  return CAPITALIZED.test(word) && /\p{Ll}/u.test(word);
}

/** End of the run of letters and marks starting at `from`. */
function lettersEnd(text: string, from: number): number {
  return runEnd(text, from, LETTER | MARK);
}

/**
 * Word tokens of `text` with offsets, stems and stopword flags. Elided articles are split off
 * ("l’Ukraine" → "l’" + "Ukraine"), hyphenated words are split ("États-Unis" → "États", "Unis"), and English's
 * possessive is left out ("Palin’s" → "Palin").
 * Each token is given the index of the sentence that contains it, or -1 outside every sentence.
 *
 * A hand-written scanner over char codes finds the same words as the regex
 * `\p{N}+(?:[., ]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*` (unicode mode, global),
 * at a fraction of its cost; the tests compare the two.
 */
export function tokenize(text: string, language: string, sentences: readonly Sentence[] = []): Token[] {
  const elisions = elisionPrefixes(language);
  const clitics = finalClitics(language);
  const memo = memoFor(language);
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  /** The index of the sentence holding offset `start`, -1 outside every sentence (offsets come in increasing order). */
  const sentenceAt = (start: number): number => {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= start) sentenceIndex++;
    return sentenceIndex < sentences.length && sentences[sentenceIndex]!.start <= start ? sentenceIndex : -1;
  };
  /** Whether a word at `start` would be the first token of its sentence (of the text, without sentences). */
  const opensSentence = (start: number): boolean =>
    tokens.length === 0 || tokens.at(-1)!.sentence !== sentenceAt(start);
  const push = (start: number, end: number): void => {
    const sentence = sentenceAt(start);
    const info = memo.valueOf(text, start, end);
    tokens.push({
      start,
      end,
      text: info.surface,
      normal: info.normal,
      stem: info.stem,
      isStopword: info.isStopword,
      capitalized: info.capitalized,
      sentence,
    });
  };
  let index = 0;
  while (index < text.length) {
    const bits = classAt(text, index);
    if ((bits & NUMBER) !== 0) {
      const end = numberEnd(text, index);
      push(index, end);
      index = end;
    } else if ((bits & (LETTER | MARK)) !== 0) {
      // Letters and marks, joined by single inner apostrophes; the first one may end an elision.
      let end = lettersEnd(text, index);
      let apostrophe = -1;
      let lastApostrophe = -1;
      for (;;) {
        const code = text.charCodeAt(end);
        if (code !== APOSTROPHE && code !== RIGHT_QUOTE) break;
        if (end + 1 >= text.length || (classAt(text, end + 1) & (LETTER | MARK)) === 0) break;
        if (apostrophe < 0) apostrophe = end;
        lastApostrophe = end;
        end = lettersEnd(text, end + 1);
      }
      let start = index;
      if (
        apostrophe !== -1 &&
        elisions.has(text.slice(start, apostrophe).toLowerCase()) &&
        !opensName(text, start, apostrophe, end, opensSentence(start))
      ) {
        push(start, apostrophe + 1);
        start = apostrophe + 1;
      }
      const wordEnd =
        lastApostrophe > start && clitics.has(text.slice(lastApostrophe + 1, end).toLowerCase()) ? lastApostrophe : end;
      push(start, wordEnd);
      index = end;
    } else {
      index += widthAt(text, index);
    }
  }
  return tokens;
}
