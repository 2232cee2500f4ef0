import type { SupportedLanguage } from "./languages.js";

/**
 * Prepositions and coordinators after which a name is not the subject of its clause ("entre Joe Biden et
 * Vladimir Poutine, Blinken n'a pas fermé la porte"); lower-case.
 */
export const NON_SUBJECT_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    "à",
    "de",
    "d",
    "du",
    "des",
    "entre",
    "avec",
    "pour",
    "contre",
    "sur",
    "chez",
    "par",
    "sans",
    "vers",
    "en",
    "au",
    "aux",
    "dans",
    "face",
    "et",
    "ou",
    "que",
    "qu",
  ],
  en: ["with", "between", "to", "of", "for", "against", "on", "by", "from", "in", "at", "and", "or", "that"],
  es: ["a", "de", "del", "con", "entre", "para", "contra", "sobre", "por", "en", "y", "o", "que"],
  de: ["mit", "zwischen", "für", "gegen", "von", "zu", "bei", "über", "auf", "an", "in", "und", "oder", "dass"],
  it: ["a", "di", "del", "della", "con", "tra", "fra", "per", "contro", "su", "da", "in", "e", "o", "che"],
  pt: ["a", "de", "do", "da", "com", "entre", "para", "contra", "sobre", "por", "em", "e", "ou", "que"],
  ro: ["cu", "între", "pentru", "contra", "despre", "de", "la", "în", "pe", "și", "sau", "că"],
  nl: ["met", "tussen", "voor", "tegen", "van", "te", "bij", "over", "op", "aan", "in", "en", "of", "dat"],
};

/**
 * The words of `NON_SUBJECT_WORDS` that open a clause rather than govern a noun ("tandis que Blinken a promis",
 * "and Trump said"): a name after one is the subject of the clause it opens. Lower-case.
 */
export const CLAUSE_OPENING_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["et", "ou", "que", "qu"],
  en: ["and", "or", "that"],
  es: ["y", "o", "que"],
  de: ["und", "oder", "dass"],
  it: ["e", "o", "che"],
  pt: ["e", "ou", "que"],
  ro: ["și", "sau", "că"],
  nl: ["en", "of", "dat"],
};

/**
 * Prepositions naming the agent of a passive verb ("promis par Emmanuel Macron", "said by the minister"): the name
 * after one, right after a speech verb, is who speaks, although it follows a word of `NON_SUBJECT_WORDS`.
 */
export const AGENT_PREPOSITIONS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["par"],
  en: ["by"],
  es: ["por"],
  de: ["von"],
  it: ["da", "dal", "dalla", "dallo"],
  pt: ["por", "pelo", "pela"],
  ro: ["către"],
  nl: ["door"],
};
