import { type GazetteerEntry, isGazetteerSpelling } from "./gazetteer.js";
import type { StoryNames } from "./story-names.js";

/**
 * Whether a sentence's first word, `name`, whose look-up gave `listed`, is that listed name: only when written as
 * listed (accents and case aside), in capitals throughout ("JOC"), or found through an inflection ("Russlands").
 * At a sentence's start its capital says nothing, and the spelling key folds accents and doubled letters: "Llegó"
 * (Spanish "arrived") keys as "Lego".
 */
export function listedAsWritten(name: string, listed: GazetteerEntry | undefined, names: StoryNames): boolean {
  if (listed === undefined || name === name.toUpperCase() || isGazetteerSpelling(name)) return true;
  return names.gazetteer(name) === undefined;
}
