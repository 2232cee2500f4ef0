import { eld } from "eld/medium";
import { segmentText } from "../segment/index.js";
import { excerptAround } from "./excerpt.js";
import { quotedSpans } from "./quoted-spans.js";
import type { WeightedSignal } from "./translation-signal.js";

/** eld needs this many letters in a sentence to be trusted on it. */
const MIN_LETTERS = 60;
/** The article's language must score below this share of the winner's score. */
const MAX_SHARE = 0.8;

/** A sentence with its quotations blanked out: quoting a foreign speaker verbatim is not translation. */
function unquoted(text: string, start: number, end: number, quoted: ReturnType<typeof quotedSpans>): string {
  let sentence = text.slice(start, end);
  for (const span of quoted) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(span.end, end) - start;
    sentence = sentence.slice(0, from) + " ".repeat(to - from) + sentence.slice(to);
  }
  return sentence;
}

/** Sentences, outside quotations, that eld reliably reads as another language than the article's. */
export function findMixedLanguage(text: string, language: string): WeightedSignal[] {
  if (language === "" || language === "und") return [];
  const quoted = quotedSpans(text);
  const found: WeightedSignal[] = [];
  for (const sentence of segmentText(text, language).sentences) {
    const sample = unquoted(text, sentence.start, sentence.end, quoted);
    if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
    const result = eld.detect(sample);
    if (result.language === "" || result.language === language || !result.isReliable()) continue;
    const scores = result.getScores() as Record<string, number>;
    if ((scores[language] ?? 0) >= MAX_SHARE * (scores[result.language] ?? 0)) continue;
    found.push({
      signal: { kind: "mixed-language", excerpt: excerptAround(text, sentence.start, sentence.end) },
      rule: "mixed-language",
      weight: 2,
      at: sentence.start,
    });
  }
  return found;
}
