import type { Token } from "../../../domain/text.js";
import { COMMON_NOUN_ACRONYMS } from "../../../language-data/common-noun-acronyms.js";

const ACRONYMS = new Set(COMMON_NOUN_ACRONYMS);

/**
 * Marks as no name word (`blocked`) every acronym of the article that is a common noun ("PIB", "ONG", "GDP"): alone it
 * is no organisation, and before a name it is its kind, not its first word ("l'ONG Human Rights Watch").
 */
export function blockCommonNounAcronyms(tokens: readonly Token[], blocked: Set<number>): void {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.capitalized && token.text.length <= 5 && ACRONYMS.has(token.text)) blocked.add(index);
  }
}
