import type { TranslationSignal } from "../../domain/article.js";
import type { SegmentedText } from "../../domain/text.js";
import { findLexicalSignals } from "./lexical-signals.js";
import { findMixedLanguage } from "./mixed-language.js";
import { findPunctuationSignals } from "./punctuation-signals.js";
import { quotedSpans } from "./quoted-spans.js";

export interface MachineTranslationVerdict {
  likely: boolean;
  signals: TranslationSignal[];
}

/** Evidence needed: this much weight (see each rule), found by at least this many different rules. */
const MIN_WEIGHT = 3;
const MIN_RULES = 2;
/** Signals reported at most: enough to convince a reader, not a listing of the article. */
const MAX_SIGNALS = 20;

/**
 * Whether an article reads as machine-translated, with the evidence. Rules and weights:
 * stray "." after a sentence end (2), lower-case sentence start after a word and a period (1),
 * unpaired closing » (1), English word or word pair left in the text (2), two articles in a row
 * ("UNE La") (2), word-for-word translated name ("Poste de Washington") (2), infinitive reporting
 * clause (", écrire « … »") (2), sentence eld reads as another language (2). Likely takes a weight of 3
 * from two different rules, so a typo or a single borrowed word never flags a human article.
 * Works on the cleaned text (or any text); `language` is the article's ISO 639-1 code; `segmented`
 * is `segmentText(text, language)` when the caller has it already (it is computed otherwise).
 */
export function detectMachineTranslation(
  text: string,
  language: string,
  segmented?: SegmentedText,
): MachineTranslationVerdict {
  const quoted = quotedSpans(text);
  const found = [
    ...findPunctuationSignals(text),
    ...findLexicalSignals(text, language, quoted, segmented),
    ...findMixedLanguage(text, language, segmented, quoted),
  ];
  found.sort((a, b) => a.at - b.at || b.weight - a.weight);
  const weight = found.reduce((sum, signal) => sum + signal.weight, 0);
  const rules = new Set(found.map((signal) => signal.rule));
  const seen = new Set<string>();
  const signals: TranslationSignal[] = [];
  for (const { signal } of found) {
    const key = `${signal.kind}\u0000${signal.excerpt}`;
    if (seen.has(key) || signals.length >= MAX_SIGNALS) continue;
    seen.add(key);
    signals.push(signal);
  }
  return { likely: weight >= MIN_WEIGHT && rules.size >= MIN_RULES, signals };
}
