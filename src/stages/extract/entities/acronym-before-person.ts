import type { Token } from "../../../domain/text.js";
import { NEWS_AGENCY_NAMES } from "../../../language-data/news-agency-names.js";
import { isOrganizationLastWord } from "./ends-on-organization-word.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { joinsName } from "./joins-name.js";

/** An acronym as written: two to six capitals or digits, opening on a capital ("AFP", "LR", "EELV", "TF1"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
/** A word in title case: a capital, then lower-case letters, hyphenated parts alike ("Rachida", "Braun-Pivet"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/**
 * A news agency's one-word name, which credits a photo or signs a line before its author's name as an acronym does
 * ("Foto: Reuters Damir Sagolj"); no product or service of an agency is named with two words of a person's shape.
 */
const AGENCY_WORDS = new Set(NEWS_AGENCY_NAMES.flat().filter((name) => !name.includes(" ")));

/**
 * Whether the listed organisation's acronym at `at` ends its name before a person's full name of two words, whose given
 * name no list holds: "le député LR Rachida Dati", "a indiqué à l'AFP Marine Martin", "la sénatrice EELV Esther
 * Benbassa", and a news agency's name ("Reuters Damir Sagolj"). A given name the lists hold ("LR Eric Ciotti") is split before this. Not when the two words end on an
 * organisation's word ("UN Security Council", "BBC World Service") or are a listed name themselves ("PSA Peugeot
 * Citroën"), and not before a third capitalised word ("CNN Good Morning America"): what follows is a person's name only
 * in that shape.
 */
export function acronymBeforePerson(
  tokens: readonly Token[],
  text: string,
  at: number,
  nameWordAt: (index: number) => boolean,
  gazetteer: (name: string) => GazetteerEntry | undefined,
): boolean {
  const acronym = tokens[at]!;
  if (!(ACRONYM.test(acronym.text) || AGENCY_WORDS.has(acronym.text))) return false;
  if (gazetteer(acronym.text)?.type !== "organization") return false;
  const given = tokens[at + 1];
  const surname = tokens[at + 2];
  if (given === undefined || surname === undefined || !nameWordAt(at + 2)) return false;
  if (given.sentence !== acronym.sentence || surname.sentence !== acronym.sentence) return false;
  if (!TITLE_CASE.test(given.text) || !TITLE_CASE.test(surname.text) || isOrganizationLastWord(surname.text))
    return false;
  if (text.slice(given.end, surname.start) !== " ") return false;
  const after = tokens[at + 3];
  if (after !== undefined && after.sentence === surname.sentence && nameWordAt(at + 3))
    if (joinsName(text, surname.end, after.start, surname.text)) return false;
  return (
    gazetteer(given.text) === undefined &&
    gazetteer(surname.text) === undefined &&
    gazetteer(text.slice(given.start, surname.end)) === undefined
  );
}
