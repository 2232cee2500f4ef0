import { tokenize } from "../../stages/segment/index.js";

/** The stems column of the search index: each word's stem in `language`, accent-folded, space-separated. */
export function stemmedText(text: string, language: string): string {
  return tokenize(text, language)
    .map((token) => token.stem)
    .join(" ");
}
