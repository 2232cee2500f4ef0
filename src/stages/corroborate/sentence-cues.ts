import type { SegmentedText } from "../../domain/text.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { NEGATION_WORDS, REPORTING_CUES } from "../../language-data/reporting-cues.js";

const patterns = new Map<string, { reported: RegExp | null; negation: RegExp | null }>();

function phraseRegExp(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const source = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/['’]/g, "['’]")
        .replace(/\s+/g, "\\s+"),
    )
    .join("|");
  const end = /['’]$/.test(phrases[0] ?? "") ? "" : "(?![\\p{L}\\p{N}])";
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})${end}`, "iu");
}

function patternsFor(language: string): { reported: RegExp | null; negation: RegExp | null } {
  let found = patterns.get(language);
  if (found === undefined) {
    const lang = language as SupportedLanguage;
    found = {
      reported: phraseRegExp(REPORTING_CUES[lang]?.phrases ?? []),
      negation: phraseRegExp((NEGATION_WORDS[lang] ?? []).filter((word) => !/['’]$/.test(word))),
    };
    patterns.set(language, found);
  }
  return found;
}

/**
 * Whether one sentence only reports what it says (attribution to others, hearsay, conditional mood) and
 * whether it is negated.
 */
export function sentenceCues(segmented: SegmentedText, sentence: number): { reported: boolean; negated: boolean } {
  const bounds = segmented.sentences[sentence];
  if (bounds === undefined) return { reported: false, negated: false };
  const text = segmented.text.slice(bounds.start, bounds.end);
  const { reported, negation } = patternsFor(segmented.language);
  let isReported = reported?.test(text) ?? false;
  const suffixes = REPORTING_CUES[segmented.language as SupportedLanguage]?.conditionalSuffixes ?? [];
  if (!isReported && suffixes.length > 0) {
    isReported = segmented.tokens.some(
      (token) =>
        token.sentence === sentence &&
        token.normal.length >= 6 &&
        !token.capitalized &&
        suffixes.some((suffix) => token.normal.endsWith(suffix)),
    );
  }
  return { reported: isReported, negated: negation?.test(text) ?? false };
}
