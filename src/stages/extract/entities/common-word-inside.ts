import type { Token } from "../../../domain/text.js";
import { STRESSED_ADJECTIVE, WRITTEN_STRESS_LANGUAGES } from "../../../language-data/written-stress.js";
import type { Candidate } from "./candidate.js";

/**
 * Whether a capitalised word of a name, after its first, is a word the story writes in lower case (`lowercase`,
 * folded; `normals`: each token's folded normal form): "Guerra Civil Siria", "Derechos Humanos", "Observatorio
 * Sirio" are noun phrases written with capitals, where a person's names are no common words. Stopwords ("el", "de",
 * "May") and the first word ("Tim Cook", "Sarah Palin" have a given name first) are left aside. Or whether any of
 * its words, the first too, is an abstract noun (`ABSTRACT_NOUN`: "Desaparición Forzosa", "Concours Eurovision").
 * In an article in `language`, also a phrase whose every word is a plural, or a Spanish or Portuguese adjective
 * that writes its stress (`PLURAL`, `STRESSED_ADJECTIVE` below).
 */
export function hasCommonWordInside(
  tokens: readonly Token[],
  normals: readonly string[],
  candidate: Candidate,
  lowercase: ReadonlySet<string>,
  language = "und",
): boolean {
  const pluralLanguage = PLURAL_LANGUAGES.has(language);
  const stressLanguage = STRESSED_ADJECTIVE_LANGUAGES.has(language);
  let words = 0;
  let plurals = 0;
  for (let index = candidate.lastToken; index >= 0 && tokens[index]!.start >= candidate.nameStart; index--) {
    const token = tokens[index]!;
    if (!token.capitalized || token.isStopword) continue;
    if (ABSTRACT_NOUN.test(normals[index]!)) return true;
    const inside = token.start > candidate.nameStart;
    if (inside && lowercase.has(normals[index]!)) return true;
    if (inside && stressLanguage && STRESSED_ADJECTIVE.test(token.text.toLowerCase())) return true;
    words++;
    if (pluralLanguage && PLURAL.test(token.text)) plurals++;
  }
  return pluralLanguage && words >= 2 && plurals === words;
}

/**
 * Languages whose plurals end in -s: a name whose every word does ("Fuerzas Armadas", "Derechos Humanos", "Relaciones
 * Exteriores", "Cascos Blancos", "Sunni Muslims") is a noun phrase, for a person's names are singular ("Carlos
 * Torres" has a given name first, which types it alone).
 */
const PLURAL_LANGUAGES = new Set(["es", "pt", "fr", "en"]);
const PLURAL = /^\p{Lu}\p{Ll}+[^iu]s$/u;
/**
 * Spanish and Portuguese adjectives that write their stress (`STRESSED_ADJECTIVE`), whose endings are no surname's:
 * "Buró Político", "Fuerza Aérea", "Primavera Árabe", "Universidade Católica".
 */
const STRESSED_ADJECTIVE_LANGUAGES = new Set(WRITTEN_STRESS_LANGUAGES);

/**
 * Endings of abstract nouns, folded, that no given name or surname has (but a handful: "Concepción"): "Desaparición
 * Forzosa", "Revolución Democrática", "Liberation Front", "Borrowing Requirement", "Currency Unit", "Leadership Council"
 * are noun phrases, wherever the word stands. With letters enough before the ending: "City", "Clement", "Ness" may be
 * names; not "-ance"/"-ence" ("Florence", "Terence", "Constance" are given names).
 */
const ABSTRACT_NOUN =
  /(?:cion|sion|zione|sione|cao|sao|tion|ismo|isme|ism|tud|itat|heit|keit|..ity|ship|ency|....ment|..ness)$/;
