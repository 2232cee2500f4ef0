import type { SegmentedText } from "../../../domain/text.js";
import type { DateExpression } from "./date-expression.js";
import type { Tense } from "./date-mention.js";
import { findDateExpressions } from "./find-date-expressions.js";
import { createTenseReader } from "./sentence-tense.js";

export interface ReadDateExpression {
  expression: DateExpression;
  /** Index of the sentence holding it, −1 outside every sentence. */
  sentence: number;
  tense: Tense;
}

interface Reading {
  text: string;
  language: string;
  sentences: SegmentedText["sentences"];
  tokens: SegmentedText["tokens"];
  read: readonly ReadDateExpression[];
}

/**
 * The last reading of each segmented text: a story's dossier reads an article's dates several times
 * (its date mentions, the timeline, the publication dates inferred for its neighbours).
 */
const readings = new WeakMap<SegmentedText, Reading>();

/**
 * The date expressions of a segmented text, each with its sentence and the tense of its clause.
 * Read once per segmented text (while its text, language, sentences and tokens stay the same ones);
 * the result is shared, not to be modified.
 */
export function readDateExpressions(segmented: SegmentedText): readonly ReadDateExpression[] {
  const cached = readings.get(segmented);
  if (
    cached !== undefined &&
    cached.text === segmented.text &&
    cached.language === segmented.language &&
    cached.sentences === segmented.sentences &&
    cached.tokens === segmented.tokens
  )
    return cached.read;
  const read: ReadDateExpression[] = [];
  const tenseOf = createTenseReader(segmented);
  let sentence = 0;
  for (const expression of findDateExpressions(segmented.text, segmented.language)) {
    while (sentence < segmented.sentences.length && segmented.sentences[sentence]!.end <= expression.start) sentence++;
    const inside = sentence < segmented.sentences.length && segmented.sentences[sentence]!.start <= expression.start;
    const index = inside ? sentence : -1;
    read.push({ expression, sentence: index, tense: tenseOf(index, expression.start, expression.end) });
  }
  const { text, language, sentences, tokens } = segmented;
  readings.set(segmented, { text, language, sentences, tokens, read });
  return read;
}
