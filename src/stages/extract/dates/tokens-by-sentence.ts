import type { SegmentedText, Token } from "../../../domain/text.js";

const groups = new WeakMap<readonly Token[], { sentences: number; bySentence: readonly (readonly Token[])[] }>();

/**
 * The tokens of each sentence, in text order (`tokensBySentence(s)[i]` = the tokens whose `sentence`
 * is i): one pass over the tokens instead of a filter per sentence. Computed once per token list.
 */
export function tokensBySentence(segmented: SegmentedText): readonly (readonly Token[])[] {
  const cached = groups.get(segmented.tokens);
  if (cached !== undefined && cached.sentences === segmented.sentences.length) return cached.bySentence;
  const bySentence: Token[][] = segmented.sentences.map(() => []);
  for (const token of segmented.tokens) if (token.sentence >= 0) bySentence[token.sentence]?.push(token);
  groups.set(segmented.tokens, { sentences: segmented.sentences.length, bySentence });
  return bySentence;
}
