import type { SupportedLanguage } from "./languages.js";

/** Coordinating conjunctions of one language, lower-case. */
export interface Conjunctions {
  and: readonly string[];
  or: readonly string[];
  but: readonly string[];
}

/** Per language. */
export const CONJUNCTIONS: Partial<Record<SupportedLanguage, Conjunctions>> = {
  fr: { and: ["et"], or: ["ou"], but: ["mais"] },
  en: { and: ["and"], or: ["or"], but: ["but"] },
  es: { and: ["y"], or: ["o"], but: ["pero"] },
  de: { and: ["und"], or: ["oder"], but: ["aber"] },
  it: { and: ["e"], or: ["o"], but: ["ma"] },
  pt: { and: ["e"], or: ["ou"], but: ["mas"] },
  ro: { and: ["și"], or: ["sau"], but: ["dar"] },
  nl: { and: ["en"], or: ["of"], but: ["maar"] },
};
