import { isFirstName } from "./first-names.js";
import type { Family } from "./name-family.js";
import { editDistance } from "./name-key.js";
import { genderedGivenNames, plausibleSubstitution, withinOneEdit } from "./name-variants.js";

/**
 * Whether a name one edit from another by key (`ka`, `kb`) may be its misspelling. When one of them is listed, only
 * if they are one edit apart as written too ("Etats-Uns" is "États-Unis", "Eeuter" is "Reuter", but "Charte", keyed
 * as "sarte", is no "Syrte"): the key's transliteration pairs are for names the story writes several ways, not for
 * common words. Two short unlisted names that differ by one letter in its place are another name unless the letters
 * are vowels or sound alike ("Morsi" / "Mursi", "Gadafi" / "Kadafi"; "Sadat" is no "Saddam", "Fatah" no "Farah"). Two
 * full names whose given names differ by their last vowel are two people ("Carlo Rossi" / "Carla Rossi").
 */
export function misspelling(ka: string, kb: string, fa: Family, fb: Family): boolean {
  if (genderedGivenNames(ka.split(" "), kb.split(" "))) return false;
  if (fa.gazetteer !== undefined || fb.gazetteer !== undefined) {
    // A word that only opens sentences ("Fiancé avec une jeune fille…") is no misspelling of "France", nor a given
    // name of a listed place ("Ismaël" / "Israël"); a surname opening one may be a person's ("Bliken fournira…").
    const unlisted = fa.gazetteer === undefined ? fa : fb.gazetteer === undefined ? fb : null;
    if (unlisted !== null && (!unlisted.confirmed || isFirstName(unlisted.spelling))) return false;
    return withinOneEdit(fa.spelling, fb.spelling);
  }
  // A town GeoNames lists meets a name by its key only when they are also close as written ("Tajoura" / "Tagiura";
  // "Chartres", keyed as "sartres", is three letters from "Sartre").
  if ((fa.town || fb.town) && editDistance(fa.spelling, fb.spelling, TOWN_EDITS) > TOWN_EDITS) return false;
  return plausibleSubstitution(ka, kb);
}

/** How many letters a GeoNames town and a name one edit from it by key may differ as written. */
const TOWN_EDITS = 2;
