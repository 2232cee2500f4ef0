import type { SupportedLanguage } from "./languages.js";

/**
 * Words that open a speaker written as a common noun phrase ("the newspaper", "her campaign", "an industry
 * lobbyist", "le porte-parole"), lower-case. A phrase may also open with a capital ("Mr. Clyburn").
 */
export const SPEAKER_PHRASE_STARTS: Record<SupportedLanguage, readonly string[]> = {
  en: ["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "both", "two", "three", "several"],
  fr: ["le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "leurs", "des", "plusieurs"],
  es: ["el", "la", "los", "las", "un", "una", "su", "sus"],
  de: ["der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre"],
  it: ["il", "la", "lo", "l'", "l’", "i", "gli", "le", "un", "una", "suo", "sua"],
  pt: ["o", "a", "os", "as", "um", "uma", "seu", "sua"],
  ro: ["un", "o"],
  nl: ["de", "het", "een", "zijn", "haar"],
};

/**
 * Words that end a speaker phrase after a speech verb ("said an industry lobbyist who spoke…", "said Mr. X on
 * Tuesday", "told reporters"): relatives, prepositions other than "of", time words, lower-case.
 */
export const SPEAKER_PHRASE_STOPS: Record<SupportedLanguage, readonly string[]> = {
  en: [
    ...["who", "whom", "which", "that", "in", "on", "at", "during", "after", "before", "when", "while", "as", "to"],
    ...["last", "this", "next", "yesterday", "today", "tonight", "earlier", "later", "recently", "told", "from"],
    ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "with", "about", "via", "by"],
    ...["reporters", "in", "is", "was", "has", "had", "said", "says", "it", "he", "she", "they", "we", "i", "you"],
    ...["and", "or", "but", "are", "were", "be", "been", "have", "will", "would", "could", "not", "if", "whether"],
  ],
  fr: [
    ...["qui", "que", "dont", "à", "au", "aux", "dans", "en", "lors", "devant", "après", "avant", "mardi", "lundi"],
    ...["mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "sur", "pour", "et", "ou"],
    ...["est", "a", "ont", "sont", "était", "avait", "mais", "si", "ne", "pas"],
  ],
  es: ["que", "quien", "en", "a", "al", "durante", "tras", "ante", "ayer", "hoy", "con", "sobre"],
  de: ["der", "die", "das", "in", "am", "an", "bei", "nach", "vor", "gestern", "heute", "mit", "auf"],
  it: ["che", "chi", "in", "a", "al", "durante", "dopo", "prima", "ieri", "oggi", "con", "su"],
  pt: ["que", "quem", "em", "no", "na", "a", "ao", "durante", "após", "ontem", "hoje", "com", "sobre"],
  ro: ["care", "în", "la", "după", "înainte", "ieri", "azi", "cu", "pe"],
  nl: ["die", "dat", "in", "op", "bij", "na", "voor", "gisteren", "vandaag", "met"],
};
