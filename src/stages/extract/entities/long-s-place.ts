import type { Candidate } from "./candidate.js";
import type { GazetteerEntry } from "./gazetteer.js";
import type { StoryNames } from "./story-names.js";

/** A word in title case with a lower-case "f" before its last letter. */
const WITH_INNER_F = /^\p{Lu}\p{Ll}*f\p{Ll}+$/u;
/** Languages whose old print the OCR'd archives recoupe may read hold the long s. */
const LONG_S_LANGUAGES = new Set(["fr", "de", "it", "en"]);

/**
 * The place a one-word name stands for when the OCR of old print read its long s ("ſ", never at a word's end) as an
 * "f", and "ſt" as "fl": "Ruffie" is "Russie", "Afie" "Asie", "Conflantinople" "Constantinople". Only for a word that
 * no list holds as written, and only a place of the curated lists.
 */
export function longSPlace(candidate: Candidate, language: string, names: StoryNames): GazetteerEntry | undefined {
  if (candidate.words !== 1 || !LONG_S_LANGUAGES.has(language) || !WITH_INNER_F.test(candidate.name)) return undefined;
  const read = candidate.name.replace(/fl/g, "st").replace(/f(?=\p{Ll})/gu, "s");
  const entry = names.gazetteer(read);
  return entry?.type === "place" && entry.minor !== true ? entry : undefined;
}
