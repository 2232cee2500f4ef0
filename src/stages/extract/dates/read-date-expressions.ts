import type { SegmentedText } from "../../../domain/text.js";
import type { Tense } from "./date-mention.js";
import { type DateExpression, findDateExpressions } from "./find-date-expressions.js";
import { sentenceTense } from "./sentence-tense.js";

export interface ReadDateExpression {
  expression: DateExpression;
  /** Index of the sentence holding it, −1 outside every sentence. */
  sentence: number;
  tense: Tense;
}

/** The date expressions of a segmented text, each with its sentence and the tense of its clause. */
export function readDateExpressions(segmented: SegmentedText): ReadDateExpression[] {
  const read: ReadDateExpression[] = [];
  let sentence = 0;
  for (const expression of findDateExpressions(segmented.text, segmented.language)) {
    while (sentence < segmented.sentences.length && segmented.sentences[sentence]!.end <= expression.start) sentence++;
    const inside = sentence < segmented.sentences.length && segmented.sentences[sentence]!.start <= expression.start;
    const index = inside ? sentence : -1;
    read.push({
      expression,
      sentence: index,
      tense: sentenceTense(segmented, index, expression.start, expression.end),
    });
  }
  return read;
}
