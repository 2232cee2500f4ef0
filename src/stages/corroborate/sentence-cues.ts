import type { SegmentedText, Token } from "../../domain/text.js";
import { BACK_REFERENCE_OPENERS } from "../../language-data/back-reference-openers.js";
import { NOUN_DETERMINERS } from "../../language-data/discrepancy-labels.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { NEGATION_WORDS } from "../../language-data/negation-words.js";
import { REPORTING_CUES } from "../../language-data/reporting-cues.js";

interface CuePatterns {
  reported: RegExp | null;
  negation: RegExp | null;
  backReference: RegExp | null;
}

const patterns = new Map<string, CuePatterns>();

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

/** The same pattern, matching at the start of the text only. */
function anchored(pattern: RegExp | null): RegExp | null {
  return pattern === null ? null : new RegExp(`^(?:${pattern.source})`, "iu");
}

function patternsFor(language: string): CuePatterns {
  let found = patterns.get(language);
  if (found === undefined) {
    const lang = language as SupportedLanguage;
    found = {
      reported: phraseRegExp(REPORTING_CUES[lang]?.phrases ?? []),
      negation: phraseRegExp((NEGATION_WORDS[lang] ?? []).filter((word) => !/['’]$/.test(word))),
      backReference: anchored(phraseRegExp(BACK_REFERENCE_OPENERS[lang] ?? [])),
    };
    patterns.set(language, found);
  }
  return found;
}

/**
 * Whether one sentence only reports what it says (attribution to others, hearsay, conditional mood: a verb
 * with a conditional ending, not a noun after a determiner, "le retrait"), whether its narration (quotations
 * left out) is negated, and whether
 * it names its own subject (it opens neither on a back-reference, "Ce dernier", "He", nor on a quotation mark).
 */
export function sentenceCues(
  segmented: SegmentedText,
  sentence: number,
  sentenceTokens?: readonly Token[],
): { reported: boolean; negated: boolean; standalone: boolean } {
  const bounds = segmented.sentences[sentence];
  if (bounds === undefined) return { reported: false, negated: false, standalone: false };
  const text = segmented.text.slice(bounds.start, bounds.end);
  const { reported, negation, backReference } = patternsFor(segmented.language);
  const lang = segmented.language as SupportedLanguage;
  let isReported = reported?.test(text) ?? false;
  const suffixes = REPORTING_CUES[lang]?.conditionalSuffixes ?? [];
  if (!isReported && suffixes.length > 0) {
    const determiners = new Set(NOUN_DETERMINERS[lang] ?? []);
    const tokens = sentenceTokens ?? segmented.tokens.filter((token) => token.sentence === sentence);
    isReported = tokens.some(
      (token, index) =>
        token.normal.length >= 6 &&
        !token.capitalized &&
        suffixes.some((suffix) => token.normal.endsWith(suffix)) &&
        !determiners.has((tokens[index - 1]?.normal ?? "").replace(/['’]$/, "")),
    );
  }
  const opening = text.replace(/^[\s\-–—•]+/u, "");
  const backReferenced = backReference?.test(opening) ?? false;
  const quoted = /^["«“„‘'‹]/u.test(opening);
  // The polarity of the narration: a negation inside a quotation is the speaker's, about something else.
  const narration = text.replace(/«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"/gu, " ");
  return { reported: isReported, negated: negation?.test(narration) ?? false, standalone: !backReferenced && !quoted };
}
