import type { SupportedLanguage } from "./languages.js";

/**
 * Verbs of an incise: the short clause set inside or after direct speech with its subject after the verb
 * (« Je pense, dit-il, que… », "— Oui, répondit le postillon ; nous partons.", "—No —dijo él—."), lower-case,
 * as written (simple past, present, imperfect; first person for narrators: "dis-je"). Pronominal verbs without
 * their "s'" (s'écria → écria): the clitic is read apart. Languages whose quotes close before the cue (English,
 * German, Dutch: "“I think,” he said, “that…”") need none.
 */
export const INCISE_VERBS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    ...["dit", "dis", "disait", "dirent", "répondit", "répondis", "répond", "répondait", "reprit", "repris", "reprend"],
    ...["ajouta", "ajoutai", "ajoute", "ajoutait", "demanda", "demandai", "demande", "demandait", "écria", "écriai"],
    ...["écrie", "exclama", "exclame", "murmura", "murmurai", "murmure", "murmurait", "murmurèrent", "fit", "fis"],
    ...["fait", "faisait", "cria", "crie", "criait", "balbutia", "bégaya", "bredouilla", "poursuivit", "poursuit"],
    ...["poursuivis", "interrompit", "interrompis", "interrompt", "pensa", "pensai", "pense", "pensait", "songea"],
    ...["songeait", "répliqua", "réplique", "continua", "continue", "continuai", "observa", "observe", "hurla"],
    ...["soupira", "soupire", "objecta", "riposta", "insista", "insiste", "déclara", "déclare", "affirma"],
    ...["affirme", "expliqua", "explique", "répéta", "répète", "répétait", "gronda", "grommela", "ricana", "acheva"],
    ...["conclut", "lança", "lance", "souffla", "chuchota", "prononça", "commença", "commanda", "ordonna"],
    ...["supplia", "protesta", "avoua", "raconta", "assura", "assure", "précisa", "précise", "souligna", "souligne"],
    ...["estime", "estima", "note", "nota", "martèle", "insistait", "rétorqua", "rétorque", "glissa"],
    ...["glisse", "confia", "confie", "tonna", "rugit", "gémit", "sanglota", "plaisanta", "railla", "approuva"],
    ...["interrogea", "questionna", "avança", "hasarda", "s'informa", "informa", "proposa", "expliquait"],
  ],
  es: ["dijo", "dice", "decía", "respondió", "responde", "contestó", "añadió", "añade", "agregó", "preguntó"],
  it: ["disse", "dice", "diceva", "rispose", "risponde", "aggiunse", "aggiunge", "chiese", "domandò", "esclamò"],
  pt: ["disse", "diz", "dizia", "respondeu", "responde", "acrescentou", "perguntou", "exclamou"],
  ro: ["spuse", "zise", "răspunse", "întrebă", "adăugă"],
  en: [],
  de: [],
  nl: [],
};

/** Subject pronouns joined to an inverted verb by a hyphen ("dit-il", "a-t-elle"), lower-case. */
export const INVERTED_PRONOUNS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous"],
  es: [],
  it: [],
  pt: [],
  ro: [],
  en: [],
  de: [],
  nl: [],
};

/** Words that start a subject written after an incise verb ("répondit le postillon", "dijo el presidente"). */
export const INCISE_SUBJECT_STARTS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    ...["le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "mon", "ma", "notre", "leur", "ce", "cette"],
    ...["madame", "monsieur", "mademoiselle", "maître", "tout", "toute", "chacun", "quelqu'un", "celui", "celle"],
    ...["celui-ci", "celle-ci", "celui-là", "celle-là", "ceux-ci", "celles-ci", "des", "plusieurs"],
  ],
  es: ["el", "la", "los", "las", "un", "una", "su", "él", "ella"],
  it: ["il", "la", "lo", "l'", "l’", "un", "una", "lui", "lei"],
  pt: ["o", "a", "os", "as", "um", "uma", "ele", "ela"],
  ro: ["el", "ea"],
  en: [],
  de: [],
  nl: [],
};

/**
 * First- and second-person words: after an incise closed by a full stop ("dit-il. Va retrouver ta mère !"), a
 * sentence holding one is the speech resumed; one without is the narration going on. Lower-case.
 */
export const SPEAKER_PERSON_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    ...["je", "j'", "j’", "me", "m'", "m’", "moi", "tu", "te", "t'", "t’", "toi", "nous", "vous", "mon", "ma", "mes"],
    ...["ton", "ta", "tes", "notre", "nos", "votre", "vos", "monsieur", "madame", "mademoiselle"],
  ],
  es: ["yo", "me", "mi", "mis", "tú", "te", "ti", "nosotros", "usted", "ustedes"],
  it: ["io", "mi", "mio", "mia", "tu", "ti", "noi", "voi", "lei"],
  pt: ["eu", "me", "meu", "minha", "tu", "te", "nós", "você", "vocês"],
  ro: ["eu", "mă", "meu", "mea", "tu", "te", "noi", "voi"],
  en: [],
  de: [],
  nl: [],
};
