import type { Token } from "../../../domain/text.js";
import type { Candidate } from "./candidate.js";

/**
 * Whether a capitalised word of a name, after its first, is a word the story writes in lower case (`lowercase`,
 * folded; `normals`: each token's folded normal form): "Guerra Civil Siria", "Derechos Humanos", "Observatorio
 * Sirio" are noun phrases written with capitals, where a person's names are no common words. Stopwords ("el", "de",
 * "May") and the first word ("Tim Cook", "Sarah Palin" have a given name first) are left aside.
 */
export function hasCommonWordInside(
  tokens: readonly Token[],
  normals: readonly string[],
  candidate: Candidate,
  lowercase: ReadonlySet<string>,
): boolean {
  for (let index = candidate.lastToken; index >= 0 && tokens[index]!.start > candidate.nameStart; index--) {
    const token = tokens[index]!;
    if (token.capitalized && !token.isStopword && lowercase.has(normals[index]!)) return true;
  }
  return false;
}
