import { BOILERPLATE_CUES, type BoilerplateCues } from "../../language-data/boilerplate-cues.js";

const merged = new Map<keyof BoilerplateCues, readonly string[]>();

/**
 * One kind of boilerplate cue in every language at once: the cleaner runs before language
 * detection, and a French page can carry an English "Read more".
 */
export function cuesOfAllLanguages(kind: keyof BoilerplateCues): readonly string[] {
  let cues = merged.get(kind);
  if (cues === undefined) {
    cues = [...new Set(Object.values(BOILERPLATE_CUES).flatMap((language) => language[kind]))];
    merged.set(kind, cues);
  }
  return cues;
}
