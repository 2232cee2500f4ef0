import type { Span } from "../../domain/span.js";
import type { Sentence } from "../../domain/text.js";
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../../language-data/abbreviations.js";
import type { SupportedLanguage } from "../../language-data/languages.js";

/**
 * Node 20's Intl.Segmenter turns super-linear past ~64K characters, so it is only ever given
 * pieces shorter than this: a paragraph, else its lines, else whitespace-cut chunks.
 */
const MAX_SEGMENTER_INPUT = 8_000;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language || "en", { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

function abbreviationsFor(language: string): Set<string> {
  const list = ABBREVIATIONS[language as SupportedLanguage] ?? ABBREVIATIONS.en;
  return new Set([...list, ...TITLE_ABBREVIATIONS]);
}

/** Cuts a long span at line breaks, then at whitespace, into pieces the segmenter handles in linear time. */
function boundedPieces(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SEGMENTER_INPUT) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SEGMENTER_INPUT) {
    const window = text.slice(start, start + MAX_SEGMENTER_INPUT);
    let cut = window.lastIndexOf("\n");
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = lastSentenceEnd(window);
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = window.lastIndexOf(" ");
    if (cut < MAX_SEGMENTER_INPUT / 4) cut = MAX_SEGMENTER_INPUT - 1;
    pieces.push({ start, end: start + cut + 1 });
    start += cut + 1;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Index of the whitespace after the last sentence-ending punctuation in `window`, or -1. */
function lastSentenceEnd(window: string): number {
  let found = -1;
  for (const match of window.matchAll(/[.!?…]["»”’)]*\s/gu)) found = match.index + match[0].length - 1;
  return found;
}

function trimmed(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return b > a ? { start: a, end: b } : null;
}

/** Whether the sentence break after `previous` is wrong and the next piece continues it. */
function continuesAfter(previous: string, next: string, abbreviations: Set<string>): boolean {
  // Only punctuation or closing quotes: glue to the sentence before (". ." in hasty copy).
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  const lastWord = /(?:^|[\s(«“"'’])([\p{L}.]+)\.$/u.exec(previous);
  if (lastWord !== null) {
    const word = lastWord[1]!.toLowerCase();
    if (TITLE_ABBREVIATIONS.has(word)) return true;
    // A single capital initial: "J. Biden".
    if (/^\p{Lu}$/u.test(lastWord[1]!)) return true;
    // Other abbreviations ("etc.", "env.") end a sentence only when a capital follows.
    if (abbreviations.has(word) && !/^\P{L}*\p{Lu}/u.test(next)) return true;
  }
  // "« Vraiment ? » a-t-il demandé": a question or exclamation inside a quote, then the attribution.
  return /[?!…]\s*[»”"]?$/u.test(previous) && /^[\s«»“”"'’)\]]*\p{Ll}/u.test(next);
}

/**
 * Sentence spans for the given paragraphs: Intl.Segmenter per paragraph (never on the whole text),
 * then merges of false breaks after abbreviations ("M. Lavrov"), initials and quoted questions.
 */
export function splitSentences(text: string, paragraphs: Span[], language: string): Sentence[] {
  const segmenter = segmenterFor(language);
  const abbreviations = abbreviationsFor(language);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const local: Span[] = [];
    for (const piece of boundedPieces(text, paragraph)) {
      const slice = text.slice(piece.start, piece.end);
      for (const segment of segmenter.segment(slice)) {
        const span = trimmed(text, piece.start + segment.index, piece.start + segment.index + segment.segment.length);
        if (span === null) continue;
        const previous = local[local.length - 1];
        const between = previous === undefined ? "" : text.slice(previous.end, span.start);
        if (
          previous !== undefined &&
          !between.includes("\n") &&
          continuesAfter(text.slice(previous.start, previous.end), text.slice(span.start, span.end), abbreviations)
        ) {
          previous.end = span.end;
        } else {
          local.push(span);
        }
      }
    }
    for (const span of local) sentences.push({ start: span.start, end: span.end, paragraph: paragraphIndex });
  });
  return sentences;
}
