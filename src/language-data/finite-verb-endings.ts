/**
 * Endings of finite verbs, by language, that `NAME_ADJECTIVE_ENDINGS` would take for adjectives after a name ("el
 * Reino Unido buscaban", "Estado Islámico hayan", "l'Esercito siriano arrivavano"), on the lower-cased word as written:
 * Spanish adjectives in -an, -en write their accent ("alemán"), verbs do not ("habían", "acusan"); Portuguese verbs end
 * in -am, -em ("falam", "dizem"); Italian imperfects and past tenses in -vano, -rono, -ssero.
 */
export const FINITE_VERB_ENDINGS: Readonly<Record<string, RegExp>> = {
  es: /(?:an|en)$/u,
  pt: /(?:am|em)$/u,
  it: /(?:vano|rono|ssero)$/u,
};
