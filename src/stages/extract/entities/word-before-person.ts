import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { ORGANIZATION_LAST_WORDS } from "../../../language-data/organization-cues.js";
import { PLACE_LAST_WORDS, PLACE_PREFIXES } from "../../../language-data/place-cues.js";
import { foldAccents } from "../../segment/index.js";
import type { RoleMatch } from "./find-roles.js";
import { isFirstName } from "./first-names.js";
import { isNameWord } from "./is-name-word.js";
import { joinsName } from "./joins-name.js";
import { isInitialPosition, type StoryVocabulary } from "./story-vocabulary.js";

const PLACE_PREFIX_SET = new Set(PLACE_PREFIXES);
/** Last words of places and organisations named after someone ("Royal Albert Hall", "John Lewis Partnership"). */
const LAST_WORDS = new Set([...PLACE_LAST_WORDS, ...ORGANIZATION_LAST_WORDS]);
const HAS_LOWERCASE = /\p{Ll}/u;

/**
 * Whether token `word`, a capitalised word alone inside a sentence, is followed by a person's given name and
 * surname, and so is a name of its own before theirs: "l'épidémiologiste d'Harvard William Hanage", "le député
 * LR Eric Ciotti". The word must be a name of its own: an acronym, or a word the story also writes alone
 * ("Harvard"), or any word in German, which capitalises its nouns; "Aston" of "Aston Martin Lagonda" never stands alone. Not when the word could open the person's
 * name itself: a given name ("Jean Pierre Martin"), a place's first part ("Saint Jean Baptiste", "San José
 * Costa"), a word opening its sentence ("Selon William Hanage" loses "Selon" as a common word instead); nor
 * when the person's name would go on ("Mini John Cooper Works"), end with a place's or an organisation's last
 * word ("Royal Albert Hall") or in capitals ("Aston Martin DB").
 */
export function isWordBeforePerson(
  tokens: readonly Token[],
  text: string,
  word: number,
  blocked: ReadonlySet<number>,
  vocabulary: StoryVocabulary,
  language: string,
): boolean {
  const [given, surname] = [tokens[word + 1], tokens[word + 2]];
  if (given === undefined || surname === undefined || surname.sentence !== given.sentence) return false;
  if (!isFirstName(given.text) || isFirstName(tokens[word]!.text)) return false;
  if (!isNameWord(surname, blocked, word + 2) || !joinsName(text, given.end, surname.start)) return false;
  const folded = foldAccents(tokens[word]!.normal);
  if (PLACE_PREFIX_SET.has(folded) || LAST_WORDS.has(foldAccents(surname.normal))) return false;
  // German writes every noun capitalised: a word that is no given name before one is a noun, at a sentence's start
  // too ("Bundeskanzler Olaf Scholz warnte", "seinen Amtskollegen Antony Blinken").
  const nouns = NOUN_CAPITALISING_LANGUAGES.has(language);
  if (!HAS_LOWERCASE.test(surname.text) || (!nouns && isInitialPosition(tokens, word, text))) return false;
  const after = tokens[word + 3];
  if (after?.capitalized && joinsName(text, surname.end, after.start)) return false;
  return nouns || !HAS_LOWERCASE.test(tokens[word]!.text) || vocabulary.capitalizedAlone.has(folded);
}

/**
 * Whether tokens `first..last` are one word: one token, or, where nouns are capitalised, a compound of hyphenated parts
 * ("CDU-Chef", "GDL-Chef" before "Claus Weselsky"), which `isWordBeforePerson` then reads by its last part.
 */
export function isOneWord(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  language: string,
): boolean {
  if (first === last) return true;
  if (!NOUN_CAPITALISING_LANGUAGES.has(language)) return false;
  for (let at = first; at < last; at++) if (text.slice(tokens[at]!.end, tokens[at + 1]!.start) !== "-") return false;
  return true;
}

/**
 * Moves the role written before token `from` (`roleBefore`, by the token after the role) to token `to`: a name
 * that turned out to qualify the person after it ("le député LR Eric Ciotti") leaves them the role.
 */
export function passRole(roleBefore: Map<number, RoleMatch>, from: number, to: number): void {
  const role = roleBefore.get(from);
  if (role === undefined) return;
  roleBefore.delete(from);
  roleBefore.set(to, role);
}
