import type { SupportedLanguage } from "./languages.js";

/**
 * English words that machine translation leaves untranslated in the middle of a sentence: reporting
 * verbs mostly ("… mais stress que …", "… write The Guardian"). None of them is a word of the other
 * supported languages as a verb; a few are borrowed nouns ("le stress"), which is why the
 * detector skips them after a determiner or preposition of the article's language (see below).
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const ENGLISH_LEFTOVER_WORDS: readonly string[] = [
  "says", "said", "say", "tells", "told", "write", "writes", "wrote", "written", "stress", "stresses", "stressed",
  "warn", "warns", "warned", "added", "adds", "noted", "claimed", "claims", "stated", "states",
  "announced", "announces", "reported", "insisted", "insists", "argued", "argues", "explained",
  "explains", "according", "however", "although", "whether", "which", "would", "should", "could", "without",
  "meanwhile", "therefore", "despite", "towards", "though", "while",
];

/** Two-word English sequences that do not occur in the other languages' running text ("of the", "in the"). */
// biome-ignore format: a data table reads best one language (or one list) per line
export const ENGLISH_LEFTOVER_PAIRS: readonly string[] = [
  "of the", "in the", "to the", "and the", "for the", "on the", "with the", "that the", "is the", "by the",
  "from the", "at the", "it is", "there is", "there are", "has been", "have been", "will be",
];

/**
 * Words after which a borrowed English noun is normal ("le stress", "du stress", "de stress"): articles,
 * determiners and prepositions, lower case.
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const NOUN_INTRODUCERS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "quel", "quelle", "en", "sous", "sans", "par", "pour", "avec", "contre", "dans", "sur", "à", "anti", "post", "pré", "trop", "peu", "beaucoup"],
  es: ["el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "este", "esta", "ese", "esa", "su", "sus", "mi", "tu", "nuestro", "nuestra", "en", "sin", "con", "por", "para", "contra", "mucho", "poco"],
  it: ["il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "di", "da", "in", "con", "su", "per", "senza", "questo", "questa", "suo", "sua"],
  pt: ["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "ao", "de", "em", "com", "sem", "por", "para", "este", "esta", "esse", "essa", "seu", "sua", "muito", "pouco"],
  de: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur", "mit", "ohne", "für", "gegen", "unter", "viel", "wenig"],
  ro: ["un", "o", "unui", "unei", "de", "cu", "fără", "pentru", "în", "sub", "mult", "puțin"],
  nl: ["de", "het", "een", "van", "met", "zonder", "voor", "onder", "veel", "weinig"],
};

/** Articles that open a noun phrase, lower case: two in a row ("UNE La BBC") is a translation slip. */
// biome-ignore format: a data table reads best one language (or one list) per line
export const ARTICLES: Partial<Record<SupportedLanguage, { indefinite: readonly string[]; definite: readonly string[] }>> = {
  fr: { indefinite: ["un", "une"], definite: ["le", "la", "les"] },
  es: { indefinite: ["un", "una", "unos", "unas"], definite: ["el", "la", "los", "las"] },
  it: { indefinite: ["un", "uno", "una"], definite: ["il", "lo", "la", "gli", "le"] },
  pt: { indefinite: ["um", "uma", "uns", "umas"], definite: ["os", "as"] },
  de: { indefinite: ["ein", "eine", "einen", "einem", "einer"], definite: ["der", "die", "das", "den", "dem"] },
  en: { indefinite: ["a", "an"], definite: ["the"] },
};

/**
 * Infinitives of reporting verbs. A reporting clause after a comma uses a conjugated verb
 * (", écrit le Guardian"); an infinitive there before a quotation (", écrire « gardien »") is a
 * word-for-word translation of an English present tense.
 */
// biome-ignore format: a data table reads best one language (or one list) per line
export const REPORTING_INFINITIVES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["écrire", "dire", "déclarer", "rapporter", "ajouter", "souligner", "affirmer", "indiquer", "expliquer", "estimer", "noter"],
  es: ["escribir", "decir", "declarar", "informar", "añadir", "subrayar", "afirmar", "indicar", "explicar", "señalar"],
  it: ["scrivere", "dire", "dichiarare", "riferire", "aggiungere", "sottolineare", "affermare", "indicare", "spiegare"],
  pt: ["escrever", "dizer", "declarar", "informar", "acrescentar", "sublinhar", "afirmar", "indicar", "explicar"],
};
