import type { SegmentedText } from "../../domain/text.js";
import { findParagraphs } from "./paragraphs.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export { foldAccents } from "./fold-accents.js";
export { findParagraphs } from "./paragraphs.js";
export { splitSentences } from "./sentences.js";
export { stemWord } from "./stem.js";
export { isStopword, isStopwordAsWritten } from "./stopwords.js";
export { hashOf, StoredSlices } from "./stored-slices.js";
export { tokenize } from "./tokens.js";
export { memoizeWord } from "./word-memo.js";
export { wordSetsByLanguage } from "./word-sets-by-language.js";

/** Paragraphs, sentences and tokens of a cleaned text, all as offsets into it. */
export function segmentText(text: string, language: string): SegmentedText {
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs, language);
  const tokens = tokenize(text, language, sentences);
  return { text, language, paragraphs, sentences, tokens };
}
