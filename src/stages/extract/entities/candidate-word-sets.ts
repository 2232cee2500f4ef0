import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NOT_PLACE_BEFORE_PREPOSITION, PLACE_PREPOSITIONS } from "../../../language-data/name-particles.js";
import { PERSON_ARTICLES } from "../../../language-data/pronouns.js";
import { ROLE_TITLE_WORDS } from "../../../language-data/role-title-words.js";
import { SENTENCE_OPENERS } from "../../../language-data/sentence-openers.js";
import { foldAccents } from "../../segment/index.js";

export interface CandidateWordSets {
  /** Words of a role's title that a capitalised name does not run into ("ministre des Affaires étrangères"). */
  roleTitleWords: Set<string>;
  /** Prepositions of place before a name ("à", "in"): a cue that it is a place. */
  placePrepositions: Set<string>;
  /** Words that make such a preposition introduce no place ("face à", "thanks to"). */
  notPlaceBefore: Set<string>;
  /** Folded words that open a sentence and never a name ("malgre", "despite"): see `SENTENCE_OPENERS`. */
  sentenceOpeners: Set<string>;
  /** Articles that only stand before a person's name ("lui" in Romanian: "potrivit lui Lavrov"). */
  personArticles: Set<string>;
}

const byLanguage = new Map<string, CandidateWordSets>();

/** The word sets `findCandidates` reads for one language, built once. */
export function candidateWordSets(language: string): CandidateWordSets {
  let sets = byLanguage.get(language);
  if (sets === undefined) {
    const lang = language as SupportedLanguage;
    sets = {
      roleTitleWords: new Set(ROLE_TITLE_WORDS[lang] ?? []),
      placePrepositions: new Set(PLACE_PREPOSITIONS[lang] ?? PLACE_PREPOSITIONS.en),
      notPlaceBefore: new Set(NOT_PLACE_BEFORE_PREPOSITION[lang] ?? []),
      sentenceOpeners: new Set((SENTENCE_OPENERS[lang] ?? SENTENCE_OPENERS.en).map(foldAccents)),
      personArticles: new Set(PERSON_ARTICLES[lang] ?? []),
    };
    byLanguage.set(language, sets);
  }
  return sets;
}
