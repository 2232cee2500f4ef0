import type { Span } from "../../domain/span.js";
import type { Sentence } from "../../domain/text.js";
import { ABBREVIATIONS } from "../../language-data/abbreviations.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { TITLE_ABBREVIATIONS } from "../../language-data/title-abbreviations.js";
import { boundedPieces } from "./bounded-pieces.js";
import { classAt, SPACE } from "./char-class.js";
import { continuesSentence } from "./continues-sentence.js";
import { gluedSentenceEnds } from "./glued-sentence-ends.js";
import { sentenceEnds } from "./sentence-ends.js";
import { isStopword } from "./stopwords.js";

const abbreviationSets = new Map<string, Set<string>>();

function abbreviationsFor(language: string): Set<string> {
  let set = abbreviationSets.get(language);
  if (set === undefined) {
    const list = ABBREVIATIONS[language as SupportedLanguage] ?? ABBREVIATIONS.en;
    set = new Set([...list, ...TITLE_ABBREVIATIONS]);
    abbreviationSets.set(language, set);
  }
  return set;
}

/** Whether `[start, end)` holds a line break. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 0x0a) return true;
  return false;
}

/**
 * Adds the sentence segment `[start, end)` of paragraph `paragraphIndex`, trimmed, to `sentences`, or
 * merges it into the paragraph's previous sentence when the break before it was a false one.
 */
function addSegment(
  text: string,
  sentences: Sentence[],
  paragraphFirst: number,
  paragraphIndex: number,
  segmentStart: number,
  segmentEnd: number,
  abbreviations: Set<string>,
  isFunctionWord: (word: string) => boolean,
): void {
  let start = segmentStart;
  let end = segmentEnd;
  while (start < end && (classAt(text, start) & SPACE) !== 0) start++;
  while (end > start && (classAt(text, end - 1) & SPACE) !== 0) end--;
  if (end === start) return;
  const span = { start, end, paragraph: paragraphIndex };
  const previous = sentences.length > paragraphFirst ? sentences[sentences.length - 1] : undefined;
  if (
    previous !== undefined &&
    !hasLineBreak(text, previous.end, start) &&
    continuesSentence(text, previous, span, abbreviations, isFunctionWord)
  ) {
    previous.end = end;
  } else {
    sentences.push(span);
  }
}

/**
 * Sentence spans for the given paragraphs: Intl.Segmenter's sentences per paragraph (never on the
 * whole text), then merges of false breaks after abbreviations ("M. Lavrov"), initials ("J. Biden",
 * "U.S. Army") and quoted questions.
 */
export function splitSentences(text: string, paragraphs: Span[], language: string): Sentence[] {
  const abbreviations = abbreviationsFor(language);
  const isFunctionWord = (word: string): boolean => isStopword(word, language);
  const sentences: Sentence[] = [];
  const ends: number[] = [];
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraphFirst = sentences.length;
    for (const piece of boundedPieces(text, paragraphs[paragraphIndex]!)) {
      ends.length = 0;
      sentenceEnds(text, piece.start, piece.end, language, ends);
      const found = ends.length;
      gluedSentenceEnds(text, piece.start, piece.end, abbreviations, ends);
      if (ends.length > found) ends.sort((a, b) => a - b);
      let segmentStart = piece.start;
      for (const segmentEnd of ends) {
        addSegment(
          text,
          sentences,
          paragraphFirst,
          paragraphIndex,
          segmentStart,
          segmentEnd,
          abbreviations,
          isFunctionWord,
        );
        segmentStart = segmentEnd;
      }
    }
  }
  return sentences;
}
