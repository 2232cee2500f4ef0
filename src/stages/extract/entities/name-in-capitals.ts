import { CLUB_PREFIXES } from "../../../language-data/organization-cues.js";
import { foldAccents } from "../../segment/index.js";
import type { Candidate } from "./candidate.js";
import { isOrganizationLastWord } from "./ends-on-organization-word.js";
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

const CLUBS = new Set(CLUB_PREFIXES);
/** A club's or a company's abbreviation in capitals ends a name: "Hertha BSC", "Nokia OYJ", "Bayer AG". */
const organizationCode = (word: string): boolean => CLUBS.has(word) || isOrganizationLastWord(word);

/** A word of three letters or more in capitals ("PEAU", "VENTE"), not a Roman numeral ("Pie XII"). */
const IN_CAPITALS = /^(?![IVXLC]+$)\p{Lu}{3,}$/u;

/**
 * Whether a candidate mixing a word in title case and words in capitals is a heading, not a name: small ads and
 * running heads ("Maladies PEAU", "Sciatique RHUMATISMES", "Avis Divers VENTE"). A person written with the surname in
 * capitals opens on a given name or a title ("Jean DUPONT", "M. Paul DURAND"), an organisation on its head ("Groupe
 * PSA") or on a club's or a company's code ("Hertha BSC"); a listed name keeps its words ("Renault ZOE" after "Renault").
 */
export function isMixedCaseHeading(candidate: Candidate, listed: (name: string) => boolean): boolean {
  const { cues } = candidate;
  if (candidate.words < 2 || cues.title || cues.role !== null || cues.organizationHead || cues.placeHead) return false;
  const words = candidate.name.split(" ");
  if (words.length !== candidate.words || !/^\p{Lu}\p{Ll}/u.test(words[0]!) || isFirstName(words[0]!)) return false;
  if (listed(words[0]!)) return false;
  return words.slice(1).some((word) => IN_CAPITALS.test(word) && !listed(word) && !organizationCode(word));
}
