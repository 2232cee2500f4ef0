import type { SupportedLanguage } from "./languages.js";

/**
 * Elided prefixes written with an apostrophe before the next word ("l'Ukraine", "dell'Italia").
 * The tokenizer splits them off so "Ukraine" is a token of its own; lower-cased, without the apostrophe.
 */
export const ELISIONS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: ["l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu"],
  it: [
    "l",
    "d",
    "un",
    "dell",
    "dall",
    "nell",
    "sull",
    "all",
    "coll",
    "dev",
    "c",
    "quest",
    "quell",
    "tutt",
    "sant",
    "mezz",
  ],
};

/**
 * Clitics written after an apostrophe at a word's end, which the tokenizer leaves out of the word: English's
 * possessive ("Palin’s" → "Palin", "Japan's" → "Japan"), so a name and its possessive are one word, as their stems
 * and every name look-up need, and the verbs after a pronoun ("I’m", "we’ll": the pronoun, a stopword, is no name).
 * Lower-case, without the apostrophe.
 */
export const FINAL_CLITICS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  en: ["s", "m", "re", "ve", "ll", "d"],
};
