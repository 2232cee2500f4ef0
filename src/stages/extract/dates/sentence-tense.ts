import type { SegmentedText } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { TENSE_CUES, type TenseCues } from "../../../language-data/tense-cues.js";
import type { Tense } from "./date-mention.js";
import { phrasePattern, WORD_END, WORD_START } from "./phrase-pattern.js";

interface TenseMark {
  /** Character offset of the cue. */
  at: number;
  tense: "past" | "future";
}

const phraseCache = new Map<string, RegExp | null>();

/**
 * The tense of the clause around `[start, end)` in one sentence: the tense of the nearest verb form or
 * cue (future, conditional, "est attendu", past auxiliary, preterite ending), nearest by words, earlier
 * words winning ties. "unknown" when the sentence has no cue.
 */
export function sentenceTense(segmented: SegmentedText, sentence: number, start: number, end: number): Tense {
  const cues = TENSE_CUES[segmented.language as SupportedLanguage];
  if (cues === undefined || sentence < 0) return "unknown";
  const bounds = segmented.sentences[sentence];
  if (bounds === undefined) return "unknown";
  const marks: TenseMark[] = [];
  const phrases = futurePhraseRegExp(segmented.language, cues);
  if (phrases !== null) {
    const text = segmented.text.slice(bounds.start, bounds.end);
    for (const match of text.matchAll(phrases)) marks.push({ at: bounds.start + match.index, tense: "future" });
  }
  marks.push(...tenseMarks(segmented, sentence, cues));
  const subordinators = new Set(cues.subordinators);
  const words = segmented.tokens.filter((token) => token.sentence === sentence);
  const indexAt = (offset: number): number => {
    const index = words.findIndex((token) => token.end > offset);
    return index < 0 ? words.length : index;
  };
  const first = indexAt(start);
  const last = indexAt(Math.max(start, end - 1));
  let best: { distance: number; before: boolean; tense: Tense } | null = null;
  for (const mark of marks) {
    if (mark.at >= start && mark.at < end) continue;
    const index = indexAt(mark.at);
    const before = mark.at < start;
    const between = before ? words.slice(index + 1, first) : words.slice(last + 1, index);
    const breaks = between.filter((token) => subordinators.has(token.normal)).length;
    const distance = (before ? first - index : index - last) + 10 * breaks;
    if (best === null || distance < best.distance || (distance === best.distance && before && !best.before)) {
      best = { distance, before, tense: mark.tense };
    }
  }
  return best?.tense ?? "unknown";
}

function tenseMarks(segmented: SegmentedText, sentence: number, cues: TenseCues): TenseMark[] {
  const marks: TenseMark[] = [];
  const futureWords = new Set(cues.futureWords);
  const pastWords = new Set(cues.pastWords);
  const notVerbs = new Set(cues.notVerbs);
  for (const token of segmented.tokens) {
    if (token.sentence !== sentence) continue;
    const word = token.normal;
    if (futureWords.has(word) || word.endsWith("'ll")) {
      marks.push({ at: token.start, tense: "future" });
      continue;
    }
    if (pastWords.has(word)) {
      marks.push({ at: token.start, tense: "past" });
      continue;
    }
    if (token.capitalized && token.sentence >= 0 && !isSentenceInitial(segmented, token.start, sentence)) continue;
    if (word.length < cues.minimumSuffixWordLength || notVerbs.has(word) || token.isStopword) continue;
    if (cues.conditionalSuffixes.some((suffix) => word.endsWith(suffix))) {
      marks.push({ at: token.start, tense: "future" });
    } else if (cues.futureSuffixes.some((suffix) => word.endsWith(suffix))) {
      marks.push({ at: token.start, tense: "future" });
    } else if (cues.pastSuffixes.some((suffix) => word.endsWith(suffix))) {
      marks.push({ at: token.start, tense: "past" });
    }
  }
  return marks;
}

function isSentenceInitial(segmented: SegmentedText, offset: number, sentence: number): boolean {
  return segmented.sentences[sentence]?.start === offset;
}

function futurePhraseRegExp(language: string, cues: TenseCues): RegExp | null {
  if (!phraseCache.has(language)) {
    const source = phrasePattern(cues.futurePhrases);
    phraseCache.set(language, source === "" ? null : new RegExp(`${WORD_START}(?:${source})${WORD_END}`, "giu"));
  }
  return phraseCache.get(language) ?? null;
}
