import type { SupportedLanguage } from "./languages.js";

/** Languages that write every noun capitalised (German, Luxembourgish): a capital says no name there. */
export const NOUN_CAPITALISING_LANGUAGES: ReadonlySet<string> = new Set(["de", "lb"]);

/**
 * Determiners, folded, of the languages that write every noun capitalised: a town's name right after one is a common
 * noun ("der Zug", "das Essen", "die Halle"), not the town ("nach Essen", "in Halle"). Countries and regions take
 * articles too ("der Iran", "die Schweiz"): only towns are ruled out.
 */
export const NOUN_DETERMINERS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  de: [
    "der",
    "die",
    "das",
    "dem",
    "den",
    "des",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "kein",
    "keine",
    "keinem",
    "keinen",
    "keiner",
    "dieser",
    "diese",
    "dieses",
    "diesem",
    "diesen",
    "jeder",
    "jede",
    "jedes",
    "jedem",
    "jeden",
    // A preposition and its article in one word: "im Mittelpunkt", "zum Auftakt", "vom Typ".
    ...["im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "ums", "furs", "durchs"],
  ],
};

/**
 * Genitive determiners of the languages that write every noun capitalised, folded: a word that one follows is a noun
 * with its complement ("nach Angaben des Pentagons", "im Auftrag der Regierung"), not a name.
 */
export const GENITIVE_DETERMINERS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  de: ["des", "der", "eines", "einer"],
};
