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
