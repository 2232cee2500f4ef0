import { UNSTRESSED_IC } from "./written-stress.js";

/**
 * Endings of words, by language, that `NAME_ADJECTIVE_ENDINGS` would take for adjectives after a name but that are
 * none in that language ("el Reino Unido buscaban", "Estado Islámico hayan", "l'Esercito siriano arrivavano", "la
 * Junta Militar pese a", "el Gobierno califica"), on the lower-cased word as written:
 * - Spanish adjectives in -an, -en write their accent ("alemán"), verbs do not ("habían", "acusan"); Portuguese verbs
 *   end in -am, -em ("falam", "dizem"); Italian imperfects and past tenses in -vano, -rono, -ssero.
 * - Spanish and Portuguese adjectives in -ico, -ica write their stress (`UNSTRESSED_IC`, `written-stress.ts`): without
 *   it the word is a verb ("califica", "practica", "publica") or a noun.
 * - Italian's -ese, -esi ("francese") and French's -ine ("marine") are no Spanish or Portuguese adjective endings
 *   ("pese", "define", "determine").
 */
export const FINITE_VERB_ENDINGS: Readonly<Record<string, RegExp>> = {
  es: new RegExp(`(?:an|en|ese|esi|ines?)$|${UNSTRESSED_IC.source}`, "u"),
  pt: new RegExp(`(?:am|em|ese|esi|ines?)$|${UNSTRESSED_IC.source}`, "u"),
  it: /(?:vano|rono|ssero)$/u,
};
