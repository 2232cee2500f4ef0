import type { SupportedLanguage } from "./languages.js";

/**
 * Subject pronouns that stand for a person already named ("a-t-il ajouté", "he said", "sagte er"), and
 * demonstratives that point back to the last person named ("Ce dernier", "the latter"); lower-case.
 */
export const PERSON_PRONOUNS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["il", "elle"],
  en: ["he", "she"],
  es: ["él", "ella"],
  de: ["er", "sie"],
  it: ["lui", "lei", "egli", "ella"],
  pt: ["ele", "ela"],
  ro: ["el", "ea", "dânsul", "dânsa"],
  nl: ["hij", "zij", "ze"],
};

export const LAST_NAMED_DEMONSTRATIVES: Record<SupportedLanguage, readonly string[]> = {
  fr: ["ce dernier", "cette dernière", "celui-ci", "celle-ci"],
  en: ["the latter"],
  es: ["este último", "esta última", "éste"],
  de: ["letzterer", "letztere", "dieser"],
  it: ["quest'ultimo", "quest'ultima", "quest ultimo"],
  pt: ["este último", "esta última", "o último"],
  ro: ["acesta din urmă", "aceasta din urmă", "acesta"],
  nl: ["laatstgenoemde"],
};

/** Determiners before a role used as a speaker ("le ministre russe", "the minister", "der Kanzler"); lower-case. */
export const ROLE_DETERMINERS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["le", "la", "l'", "l’", "son", "sa", "leur", "du", "de la", "au", "à la"],
  en: ["the", "his", "her", "their"],
  es: ["el", "la", "su", "del", "al"],
  de: ["der", "die", "dem", "den", "des", "sein", "seine", "ihr", "ihre"],
  it: ["il", "la", "lo", "l'", "l’", "suo", "sua", "del", "della", "dello"],
  pt: ["o", "a", "seu", "sua", "do", "da"],
  ro: [],
  nl: ["de", "het", "zijn", "haar"],
};

/** Grammatical gender of the subject pronouns above, for checking them against the person they stand for. */
export const PRONOUN_GENDERS: Record<SupportedLanguage, { feminine: readonly string[]; masculine: readonly string[] }> =
  {
    fr: { feminine: ["elle"], masculine: ["il"] },
    en: { feminine: ["she"], masculine: ["he"] },
    es: { feminine: ["ella"], masculine: ["él"] },
    de: { feminine: ["sie"], masculine: ["er"] },
    it: { feminine: ["lei", "ella"], masculine: ["lui", "egli"] },
    pt: { feminine: ["ela"], masculine: ["ele"] },
    ro: { feminine: ["ea", "dânsa"], masculine: ["el", "dânsul"] },
    nl: { feminine: ["zij"], masculine: ["hij"] },
  };

/**
 * Words before a name or in a role that tell a person's gender ("Mrs. Clinton", "Mme Merkel", "la ministre",
 * "the spokeswoman"), lower-case, all languages together.
 */
export const GENDER_CUES: { feminine: readonly string[]; masculine: readonly string[] } = {
  feminine: [
    ...["mrs", "ms", "miss", "mme", "mlle", "madame", "mademoiselle", "frau", "señora", "sra", "signora", "sig.ra"],
    ...["dona", "doamna", "mevrouw", "spokeswoman", "chairwoman", "congresswoman"],
    ...["businesswoman", "councilwoman", "congresswomen", "actress", "queen", "princess", "duchess", "wife"],
    ...["mother", "daughter", "sister", "grandmother", "woman", "lady", "ministre-présidente", "chancelière"],
  ],
  masculine: [
    ...["mr", "m", "monsieur", "herr", "señor", "sr", "signor", "sig", "dom", "domnul", "meneer", "dhr"],
    ...["spokesman", "chairman", "congressman", "businessman", "councilman", "king"],
    ...["prince", "duke", "husband", "father", "son", "brother", "grandfather", "man", "chancelier"],
  ],
};

/** Determiners that give a role's gender ("la responsable", "le ministre", "die Kanzlerin"), lower-case. */
export const GENDERED_DETERMINERS: Record<
  SupportedLanguage,
  { feminine: readonly string[]; masculine: readonly string[] }
> = {
  fr: { feminine: ["la", "cette"], masculine: ["le", "ce", "du", "au"] },
  en: { feminine: [], masculine: [] },
  es: { feminine: ["la", "una"], masculine: ["el", "un", "del", "al"] },
  de: { feminine: ["die", "eine"], masculine: ["der", "ein"] },
  it: { feminine: ["la", "una", "della"], masculine: ["il", "lo", "un", "del", "dello"] },
  pt: { feminine: ["a", "uma", "da"], masculine: ["o", "um", "do"] },
  ro: { feminine: [], masculine: [] },
  nl: { feminine: [], masculine: [] },
};

/**
 * Articles a language writes only before a person's name: Romanian's "lui" ("declarațiile lui Putin", "potrivit lui
 * Lavrov"). A cue that the name is a person's, like a title, though no part of the name. Lower-case.
 */
export const PERSON_ARTICLES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  ro: ["lui"],
};

/** First-person subject pronouns, lower-case: the writer speaking ("I argued that…", "Nous avons écrit"). */
export const FIRST_PERSON_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  en: ["i", "we"],
  fr: ["je", "nous"],
  es: ["yo", "nosotros", "nosotras"],
  it: ["io", "noi"],
  pt: ["eu", "nós"],
  ro: ["eu", "noi"],
  de: ["ich", "wir"],
  nl: ["ik", "wij", "we"],
};
