import type { SupportedLanguage } from "./languages.js";

/** One concept of news claims: its name, and its words in each language, forms as written, separated by "|". */
export type NewsConcept = readonly [name: string, words: Partial<Record<SupportedLanguage, string>>];
