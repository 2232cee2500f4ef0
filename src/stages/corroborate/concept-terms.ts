import { NEWS_CONCEPTS } from "../../language-data/news-concepts.js";
import { foldAccents } from "../segment/index.js";

/** Prefix of a sentence's concept features ("concept:dead"). */
export const CONCEPT_PREFIX = "concept:";

/** Per language, each listed word (lower case, no accents) → its concept feature. */
const BY_LANGUAGE = new Map<string, Map<string, string>>();
for (const [concept, words] of NEWS_CONCEPTS) {
  for (const [language, forms] of Object.entries(words)) {
    let lookup = BY_LANGUAGE.get(language);
    if (lookup === undefined) {
      lookup = new Map();
      BY_LANGUAGE.set(language, lookup);
    }
    for (const form of forms.split("|")) lookup.set(foldAccents(form.toLowerCase()), `${CONCEPT_PREFIX}${concept}`);
  }
}

/**
 * The concept feature of a word (`normal`, lower case) in `language`, when the word is one of `NEWS_CONCEPTS`' forms:
 * what two sentences in two languages share when they state one claim in words with no stem in common ("muertos" /
 * "killed": `concept:dead`). Undefined otherwise.
 */
export function conceptTermOf(normal: string, language: string): string | undefined {
  return BY_LANGUAGE.get(language)?.get(foldAccents(normal));
}
