import type { Token } from "../../../domain/text.js";
import type { Candidate } from "./candidate.js";

/**
 * Whether a capitalised word of a name, after its first, is a word the story writes in lower case (`lowercase`,
 * folded; `normals`: each token's folded normal form): "Guerra Civil Siria", "Derechos Humanos", "Observatorio
 * Sirio" are noun phrases written with capitals, where a person's names are no common words. Stopwords ("el", "de",
 * "May") and the first word ("Tim Cook", "Sarah Palin" have a given name first) are left aside. Or whether any of
 * its words, the first too, is an abstract noun (`ABSTRACT_NOUN`: "Desaparición Forzosa", "Concours Eurovision").
 */
export function hasCommonWordInside(
  tokens: readonly Token[],
  normals: readonly string[],
  candidate: Candidate,
  lowercase: ReadonlySet<string>,
): boolean {
  for (let index = candidate.lastToken; index >= 0 && tokens[index]!.start >= candidate.nameStart; index--) {
    const token = tokens[index]!;
    if (!token.capitalized || token.isStopword) continue;
    if (ABSTRACT_NOUN.test(normals[index]!)) return true;
    if (tokens[index]!.start > candidate.nameStart && lowercase.has(normals[index]!)) return true;
  }
  return false;
}

/**
 * Endings of abstract nouns, folded, that no given name or surname has (but a handful: "Concepción"): "Desaparición
 * Forzosa", "Revolución Democrática", "Liberation Front", "Borrowing Requirement", "Currency Unit", "Leadership Council"
 * are noun phrases, wherever the word stands. With letters enough before the ending: "City", "Clement", "Ness" may be
 * names; not "-ance"/"-ence" ("Florence", "Terence", "Constance" are given names).
 */
const ABSTRACT_NOUN =
  /(?:cion|sion|zione|sione|cao|sao|tion|ismo|isme|ism|tud|itat|heit|keit|..ity|ship|ency|....ment|..ness)$/;
