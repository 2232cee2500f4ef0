import type { Token } from "../../../domain/text.js";
import { foldedNormals, tokenAfter } from "../entities/index.js";

const HAS_LOWERCASE = /\p{Ll}/u;
const OPENS_LOWERCASE = /^\p{Ll}/u;

/** Sentence index → whether more of its words open with a capital than with a small letter (a headline in title case). */
function titleCaseSentences(tokens: readonly Token[]): Set<number> {
  const counts = new Map<number, { upper: number; lower: number }>();
  for (const token of tokens) {
    let count = counts.get(token.sentence);
    if (count === undefined) {
      count = { upper: 0, lower: 0 };
      counts.set(token.sentence, count);
    }
    if (token.capitalized) count.upper++;
    else if (OPENS_LOWERCASE.test(token.text)) count.lower++;
  }
  return new Set([...counts].filter(([, count]) => count.upper > count.lower).map(([sentence]) => sentence));
}

/**
 * The folded words attribution reads, where a capitalised word right after another in the same sentence, one space
 * apart, reads as no word: it is part of a name ("from the United States", "Amnesty International"), so "States" is
 * no verb of speech. Not in a sentence in title case ("Hillary Clinton Said “…”"), nor for words in capitals
 * ("LAVROV SAYS"): there capitals say nothing.
 */
export function attributionNormals(tokens: readonly Token[], text: string): readonly string[] {
  const shared = foldedNormals(tokens);
  // The shared list is the entity stage's too: a copy is made before the first word is blanked.
  let normals: string[] | undefined;
  let titleCase: Set<number> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (
      token.capitalized &&
      tokens[k - 1]!.capitalized &&
      HAS_LOWERCASE.test(token.text) &&
      tokenAfter(tokens, text, k - 1) !== undefined
    ) {
      titleCase ??= titleCaseSentences(tokens);
      if (titleCase.has(token.sentence)) continue;
      normals ??= [...shared];
      normals[k] = "";
    }
  }
  return normals ?? shared;
}
