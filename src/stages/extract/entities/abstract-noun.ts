import type { GazetteerEntry } from "./gazetteer.js";

/**
 * German endings of abstract and collective nouns ("Berufung", "Freiheit", "Gewerkschaft", "Nation", "Qualität",
 * "Kapitalismus"), after three letters at least: German capitalises every noun, and a word so ending names no
 * person or place ("in Berufung gehen" was a place). Not "-nis" ("Dennis"), nor a short stem ("Jung").
 */
const GERMAN_ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ung|heit|keit|schaft|tion|tät|ismus)$/u;

/** Whether a candidate of one unlisted word (`name`, `words`, `entry`) is a German abstract noun, no name. */
export function isGermanAbstractNoun(
  candidate: { readonly name: string; readonly words: number },
  entry: GazetteerEntry | undefined,
  language: string,
): boolean {
  return language === "de" && candidate.words === 1 && entry === undefined && GERMAN_ABSTRACT_NOUN.test(candidate.name);
}
