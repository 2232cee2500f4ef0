/**
 * Definite articles, alone or contracted with a preposition, folded as `foldedNormals` writes them, of the languages
 * whose press puts none before a person's full name: French, Spanish, Italian. (Portuguese writes "o João Silva" as
 * often as not; Italian's "la Meloni" puts one before a lone surname, which the rule leaves alone.)
 */
export const DEFINITE_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["le", "la", "les", "l", "l'", "l’", "du", "des", "au", "aux"]),
  es: new Set(["el", "la", "los", "las", "del", "al"]),
  it: new Set([
    ...["il", "lo", "la", "i", "gli", "le", "l", "l'", "l’"],
    ...["del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle"],
    ...["dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle"],
    ...["sul", "sullo", "sulla", "sui", "sugli", "sulle"],
  ]),
};
