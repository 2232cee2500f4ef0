import { foldAccents } from "../../segment/index.js";
import type { Candidate } from "./candidate.js";
import { isFirstName } from "./first-names.js";
import type { StoryVocabulary } from "./story-vocabulary.js";

/**
 * Whether a candidate written in capitals throughout is a person's name, not a heading: after a title ("M.
 * SCHULTHESS"), or two or three words opening on a given name whose other words the story never writes in lower case
 * ("PASCAL HOFER", "WILLIAM TEMPLE FRANKLIN": bylines, signatures, a list of prize winners). "ALAIN DELON EST MORT" is a
 * headline: "est" and "mort" are words of the story.
 */
export function isNameInCapitals(candidate: Candidate, vocabulary: StoryVocabulary): boolean {
  if (candidate.cues.title) return candidate.words <= 3;
  if (candidate.words < 2 || candidate.words > 3) return false;
  const words = candidate.name.split(" ");
  return (
    words.length === candidate.words &&
    isFirstName(words[0]!) &&
    words.slice(1).every((word) => word.length > 1 && !vocabulary.lowercase.has(foldAccents(word)))
  );
}
