/**
 * Spanish and Portuguese write the stress of a word stressed on its antepenult, and adjectives in -ico, -ea, -abe are
 * ("político", "aérea", "árabe", "islâmica"); a verb or a noun with the same ending is stressed on its penult and
 * writes none ("califica", "publica", "critica"). Both sides of the rule, on lower-cased words.
 */
export const WRITTEN_STRESS_LANGUAGES: readonly string[] = ["es", "pt"];

const STRESSED_VOWELS = "áéíóúâêôã";

/** An adjective that writes its stress: "político", "aérea", "árabe", "católica". */
export const STRESSED_ADJECTIVE = new RegExp(`^\\p{Ll}*[${STRESSED_VOWELS}]\\p{Ll}*(?:ic[oa]|e[oa]|abe)s?$`, "u");

/** A word in -ico, -ica without a written stress: no adjective there ("califica", "practica"). */
export const UNSTRESSED_IC = new RegExp(`^[^${STRESSED_VOWELS}]*ic[oa]s?$`, "u");
