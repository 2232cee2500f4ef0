import type { Token } from "../../../domain/text.js";
import { ENGLISH_DEMONYMS, ENGLISH_DEMONYMS_UNCHANGED_PLURAL } from "../../../language-data/english-demonyms.js";

/** The English demonyms as written, and their plural nouns ("Italians"). */
const DEMONYMS = new Set(
  ENGLISH_DEMONYMS.flatMap((word) => (ENGLISH_DEMONYMS_UNCHANGED_PLURAL.has(word) ? [word] : [word, `${word}s`])),
);

/**
 * Marks as no name word (`blocked`) every English demonym of the article ("Italian officials said", "the Italians"),
 * unless a capitalised word follows it, with which it may name something ("American Airlines", "Italian Civil
 * Protection"), or a capitalised word other than a stopword comes before it: a surname ("Bill English", "Dawn
 * French"). Other languages write their demonyms in lower case; German's nouns are capitalised, but its
 * demonyms are nouns of people, which the other rules keep apart.
 */
export function blockDemonyms(tokens: readonly Token[], language: string, blocked: Set<number>): void {
  if (language !== "en") return;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.capitalized || !DEMONYMS.has(token.text)) continue;
    const before = tokens[index - 1];
    if (!spacedName(token, tokens[index + 1]) && !(spacedName(before, token) && !before!.isStopword))
      blocked.add(index);
  }
}

/** Whether `second` is capitalised and follows `first` in its sentence, one space apart. */
function spacedName(first: Token | undefined, second: Token | undefined): boolean {
  if (first === undefined || second === undefined || second.sentence !== first.sentence) return false;
  return first.capitalized && second.capitalized && second.start - first.end === 1;
}
