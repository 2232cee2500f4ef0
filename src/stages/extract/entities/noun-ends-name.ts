import type { Token } from "../../../domain/text.js";
import {
  GERMAN_ORGANIZATION_KINDS,
  GERMAN_OTHER_KINDS,
  GERMAN_PLACE_KINDS,
} from "../../../language-data/german-kind-nouns.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { gazetteerOfInflected, germanPlaceAdjective, isGenitivePlace } from "./inflected-name.js";

const KIND_ENDING = new RegExp(`(?:${[...GERMAN_ORGANIZATION_KINDS, ...GERMAN_OTHER_KINDS].join("|")})$`);
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Whether a name stops after the word `noun` (folded: `folded`) though the capitalised word `next` follows it, in a
 * language that writes every noun capitalised, because `noun` is a common noun and `next` a name of its own: a listed
 * name after any noun ("die Zukunft Europas", "Nachrichtenagentur Interfax", "der Rivale Siemens"; the caller keeps
 * a name listed whole, "Deutsche Telekom"); an acronym after a noun of a kind ("Lokführergewerkschaft
 * GDL", not "Hertha BSC"). Not when `noun` is listed itself ("Bayern München"), but when it is a listed place in the
 * genitive, whose is what comes next ("Dortmunds Sportdirektor Sebastian Kehl"), and always after a kind of place
 * ("der Stadt Bachmut"). Never after a place's adjective,
 * which qualifies the next word ("Berliner Senat", "Münchner Polizei").
 */
export function nounEndsName(
  noun: Token,
  folded: string,
  next: Token,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): boolean {
  if (!NOUN_CAPITALISING_LANGUAGES.has(language)) return false;
  if (isGenitivePlace(noun.text, language, names)) return true;
  // "der Stadt Bachmut", "der Insel Rügen": the kind of place, then its name.
  if (GERMAN_PLACE_KINDS.has(folded)) return true;
  if (germanPlaceAdjective(noun.text, language, names) !== undefined) return false;
  if (names.gazetteer(noun.text) !== undefined) return false;
  if (gazetteerOfInflected(next.text, language, names) !== undefined) return true;
  return KIND_ENDING.test(folded) && ACRONYM.test(next.text);
}
