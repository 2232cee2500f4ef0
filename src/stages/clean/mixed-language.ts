import type { Span } from "../../domain/span.js";
import type { SegmentedText } from "../../domain/text.js";
import { detectAsEld } from "../detect-language/index.js";
import { segmentText } from "../segment/index.js";
import { excerptAround } from "./excerpt.js";
import { quotedSpans } from "./quoted-spans.js";
import type { WeightedSignal } from "./translation-signal.js";

/** eld needs this many letters in a sentence to be trusted on it. */
const MIN_LETTERS = 60;
/** The article's language must score below this share of the winner's score. */
const MAX_SHARE = 0.8;
/**
 * A sentence whose words (outside quotations) are at least this share stopwords of the article's
 * language is written in it: eld is not asked (it is most of the cost of this rule). Sentences eld
 * reads as another language have next to none (measured on 4,000 OrangeSum and Reuters articles).
 */
const NATIVE_STOPWORD_SHARE = 0.3;

/** A sentence with its quotations blanked out: quoting a foreign speaker verbatim is not translation. */
function unquoted(text: string, start: number, end: number, quoted: readonly Span[]): string {
  let sentence = text.slice(start, end);
  for (const span of quoted) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(span.end, end) - start;
    sentence = sentence.slice(0, from) + " ".repeat(to - from) + sentence.slice(to);
  }
  return sentence;
}

/** Letters in `text`, counted up to `atLeast` (the count is only compared with it). */
const LETTER = /\p{L}/gu;

/** Whether `text` holds `atLeast` letters: counted with `test` (no match object per letter). */
function hasLetters(text: string, atLeast: number): boolean {
  LETTER.lastIndex = 0;
  let count = 0;
  while (LETTER.test(text)) if (++count >= atLeast) return true;
  return false;
}

/** Per sentence: its word tokens outside quotations (`quoted` sorted by start), and how many are stopwords. */
function stopwordShares(segmented: SegmentedText, quoted: readonly Span[]): Array<{ words: number; stop: number }> {
  const shares = segmented.sentences.map(() => ({ words: 0, stop: 0 }));
  let q = 0;
  for (const token of segmented.tokens) {
    if (token.sentence < 0) continue;
    while (q < quoted.length && quoted[q]!.end <= token.start) q++;
    let inside = false;
    for (let i = q; i < quoted.length && quoted[i]!.start <= token.start; i++) {
      if (token.start < quoted[i]!.end) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    const share = shares[token.sentence]!;
    share.words++;
    if (token.isStopword) share.stop++;
  }
  return shares;
}

/**
 * Sentences, outside quotations, that eld reliably reads as another language than the article's.
 * `segmented` is `segmentText(text, language)` and `quotedSpansOfText` is `quotedSpans(text)`, when the
 * caller has them already.
 */
export function findMixedLanguage(
  text: string,
  language: string,
  segmented?: SegmentedText,
  quotedSpansOfText?: readonly Span[],
): WeightedSignal[] {
  if (language === "" || language === "und") return [];
  const quoted = quotedSpansOfText ?? quotedSpans(text);
  const found: WeightedSignal[] = [];
  const segments = segmented ?? segmentText(text, language);
  const shares = stopwordShares(segments, quoted);
  segments.sentences.forEach((sentence, index) => {
    const share = shares[index]!;
    if (share.words > 0 && share.stop >= NATIVE_STOPWORD_SHARE * share.words) return;
    const sample = unquoted(text, sentence.start, sentence.end, quoted);
    if (!hasLetters(sample, MIN_LETTERS)) return;
    const result = detectAsEld(sample);
    if (result.language === "" || result.language === language || !result.isReliable()) return;
    if ((result.score(language) ?? 0) >= MAX_SHARE * (result.score(result.language) ?? 0)) return;
    found.push({
      signal: { kind: "mixed-language", excerpt: excerptAround(text, sentence.start, sentence.end) },
      rule: "mixed-language",
      weight: 2,
      at: sentence.start,
    });
  });
  return found;
}
