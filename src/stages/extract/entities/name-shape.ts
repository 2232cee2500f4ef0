import { GERMAN_COMPOUND_HEADS } from "../../../language-data/german-kind-nouns.js";
import { CLUB_PREFIXES, TOWN_PART_WORDS } from "../../../language-data/organization-cues.js";
import {
  CARDINAL_POINTS,
  PLACE_LAST_WORDS,
  PLACE_NAME_LINKS,
  PLACE_PREFIXES,
  SURNAME_LIKE_LAST_WORDS,
} from "../../../language-data/place-cues.js";
import { foldAccents } from "../../segment/index.js";
import { isAwardWord } from "./award-word.js";
import { currencyOfPlace } from "./currency-of-place.js";
import { isOrganizationLastWord } from "./ends-on-organization-word.js";
import { isFirstName } from "./first-names.js";
import { isGazetteerSpelling, lookupGazetteer } from "./gazetteer.js";
import { isLawName } from "./law-name.js";
import { isListedSurname } from "./listed-surname.js";
import { memoizeName } from "./memoize-name.js";
import { teamOfPlace } from "./team-of-place.js";
import { isWellKnownPerson } from "./well-known-person.js";

/** What the words of a name say about its type, whatever stands around it. */
export interface NameShape {
  /** A given name followed by another capitalised word ("Margaret Thatcher", "Jean-Claude Gayssot"). */
  firstName: boolean;
  /** A lone given name ("Élisabeth"). */
  loneFirstName: boolean;
  /** A lone common surname of `faker-surnames.ts` ("Dupont", "Fleury"): a weak cue, as a lone given name is. */
  loneSurname: boolean;
  /** A lone surname of a well-known person ("Staline", "Poutine", "Churchill"). */
  wellKnownPerson: boolean;
  /** A compound place name ("Saint-Gall", "Châlons-sur-Marne", "Autriche-Hongrie", "Fleet Street"). */
  place: boolean;
  /** A company or institution suffix ("Gulf Oil", "Salomon Brothers"), or a team named after its town. */
  organization: boolean;
  /**
   * A place, a hyphen and a German noun of what happens there ("Ukraine-Krise", "Nahost-Konflikt"), or a place's
   * currency ("Swiss Franc", "Korean Won"): nobody's name.
   */
  placeThing: boolean;
  /**
   * A prize, an award, a trophy or a medal ("Premio Nobel", "Nobel Prize", "Prix Goncourt"), or a law ("Ley de
   * Emergencia", "Patriot Act"): nobody's name.
   */
  prizeOrLaw: boolean;
  /**
   * Capitalised words before a town's name ("Ajax Amsterdam", "Bayern Munich"): a club or a company of the town, a
   * weaker cue than `organization`, for a given name the list lacks makes a person so too ("Denzel Washington").
   */
  ofTown: boolean;
}

const PREFIXES = new Set(PLACE_PREFIXES);
const LINKS = new Set(PLACE_NAME_LINKS);
const PLACE_LAST = new Set(PLACE_LAST_WORDS);
const SURNAME_LIKE = new Set(SURNAME_LIKE_LAST_WORDS);
const CLUB_FIRST = new Set(CLUB_PREFIXES);
const TOWN_PARTS = new Set([...TOWN_PART_WORDS, ...CARDINAL_POINTS, ...PLACE_PREFIXES]);

const STARTS_UPPERCASE = /^\p{Lu}/u;
/** A legal form or a code in capitals after a company's name ("NA", "NV", "SE"). */
const SHORT_CODE = /^\p{Lu}{2,3}$/u;
/** A German noun ending a compound with a place: the compound is no place ("Ukraine-Krise", "Russland-Sanktionen"). */
const COMPOUND_HEAD = new RegExp(`(?:${GERMAN_COMPOUND_HEADS.join("|")})$`);
/** "Châlons-sur-Marne", "Saint-Jean-de-Luz": a lower-case link between capitalised parts. */
const LINKED_PARTS = /\p{L}-\p{Ll}+-\p{Lu}/u;
/** "Rangers de New York", "Panthers de la Floride": a plural nickname, then the town (see `teamOfPlace`). */
const TEAM_OF_TOWN = /^(.*\p{Ll}[sx]) (de la |de l['’]|de |du |d['’])(.+)$/u;

/** An English county ("Hertfordshire", "Lincolnshire"): the suffix says it is a place. */
const SHIRE = /^\p{Lu}\p{Ll}{2,}shire$/u;

function placeShaped(name: string, words: readonly string[]): boolean {
  if (SHIRE.test(name)) return true;
  const parts = name.split(/[-\s]+/).filter((part) => part.length > 0);
  const folded = parts.map((part) => foldAccents(part).replace(/\.$/, ""));
  if (parts.length >= 2 && PREFIXES.has(folded[0]!) && STARTS_UPPERCASE.test(parts[1]!)) return true;
  if (LINKED_PARTS.test(name) && folded.slice(1, -1).some((part) => LINKS.has(part))) return true;
  if (words.length === 1 && parts.length >= 2 && parts.some((part) => lookupGazetteer(part)?.type === "place"))
    return !parts.some((part) => isFirstName(part));
  return endsOn(PLACE_LAST, words, parts);
}

/**
 * Whether the name's last word, or the last part of a hyphenated one ("Konrad-Adenauer-Straße"), is one of `lastWords`:
 * the head of a street, a landmark or an institution, which a name of two words or parts or more ends on.
 */
function endsOn(lastWords: ReadonlySet<string>, words: readonly string[], parts: readonly string[]): boolean {
  if (
    words.length >= 2 &&
    STARTS_UPPERCASE.test(words.at(-1)!) &&
    lastWords.has(foldAccents(words.at(-1)!).replace(/\.$/, ""))
  )
    return true;
  const last = parts.at(-1) ?? "";
  return (
    parts.length >= 2 && words.at(-1)!.includes("-") && STARTS_UPPERCASE.test(last) && lastWords.has(foldAccents(last))
  );
}

/** `NameShape.placeThing` of a one-word name. */
function placeThing(name: string): boolean {
  const parts = name.split("-");
  return (
    parts.length >= 2 &&
    COMPOUND_HEAD.test(foldAccents(parts.at(-1)!)) &&
    parts.slice(0, -1).some((part) => lookupGazetteer(part)?.type === "place")
  );
}

/**
 * "Ajax Amsterdam", "Bayern Munich", "Dinamo Bucureşti", "Torpedo Nijni Novgorod": one or two capitalised words, no
 * given name and no part of a town ("Greater London", "Old Delhi"), before a listed town's name. A club or a company named
 * after its town; a person whose surname is a town's has a given name first ("Denzel Washington", "Jack London").
 */
function clubOfTown(name: string, words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  // The town is the last word, or the last two ("Torpedo Nijni Novgorod", "Sporting Kansas City").
  const townWords = [2, 1].find(
    (count) => count < words.length && lookupGazetteer(words.slice(-count).join(" "))?.settlement === true,
  );
  if (townWords === undefined || words.length - townWords > 2) return false;
  const before = words.slice(0, -townWords);
  return (
    before.every((word) => STARTS_UPPERCASE.test(word) && !TOWN_PARTS.has(foldAccents(word)) && !isFirstName(word)) &&
    lookupGazetteer(name) === undefined
  );
}

function organizationShaped(name: string, words: readonly string[]): boolean {
  if (words.length >= 2 && isOrganizationLastWord(words.at(-1)!)) return true;
  // "Chase Manhattan Bank NA", "Mellon Bank NA": an organisation's word, then a legal form or a code in capitals.
  if (words.length >= 3 && SHORT_CODE.test(words.at(-1)!) && isOrganizationLastWord(words.at(-2)!)) return true;
  // "FC Porto", "PSV Eindhoven", "HK CSKA Moscou": a club's abbreviation first.
  if (words.length >= 2 && CLUB_FIRST.has(words[0]!) && STARTS_UPPERCASE.test(words[1]!)) return true;

  // "Rangers de New York", "Canucks de Vancouver": a plural nickname, then the town.
  const team = name.includes(" d") ? TEAM_OF_TOWN.exec(name) : null;
  if (team !== null && teamOfPlace(team[1]!, team[2]!.trim(), team[3]!)) return true;
  // "France Bleu Drôme-Ardèche", "Volvo Cars": a listed organisation's name opens it (a local edition, a division).
  return words.length >= 2 && listedOrganizationOpens(words);
}

/**
 * Whether all the words of a name but its last are a listed organisation's name as written (not a name that only meets
 * one by its spelling key: "Elise" is no "Élysée"), and the last is no given name. One word only: a party or an agency
 * before a person's full name is run into it ("LR Rachida Dati", "AFP Marine Martin").
 */
function listedOrganizationOpens(words: readonly string[]): boolean {
  const opening = words.slice(0, -1).join(" ");
  return (
    words.length <= 4 &&
    !isFirstName(words.at(-1)!) &&
    lookupGazetteer(opening)?.type === "organization" &&
    isGazetteerSpelling(opening)
  );
}

/** The cues a name's own words give: a given name first, a place's compound form, an organisation's suffix. */
export const nameShape = memoizeName(computeShape);

/** `nameShape` without the memo, for callers that remember names themselves. */
export function computeShape(name: string): NameShape {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const first = words[0] ?? "";
  const capitalizedNext = words.length >= 2 && STARTS_UPPERCASE.test(words[1]!);
  // "Autriche-Hongrie", "Berlin-Mitte" are places; "Ukraine-Krise" is a thing of one, no place.
  const thing = (words.length === 1 && placeThing(name)) || currencyOfPlace(words);
  const place = !thing && placeShaped(name, words);
  const organization = organizationShaped(name, words);
  // "Ronald Reagan Washington National Airport", "John F. Kennedy Center": a place or an institution named after
  // someone opens on a given name, and its last word says what it is.
  const namedAfterSomeone =
    (place || organization) &&
    (words.length >= 3 || name.includes("-") || !SURNAME_LIKE.has(foldAccents(words.at(-1)!)));
  return {
    firstName: capitalizedNext && isFirstName(first) && !namedAfterSomeone,
    loneFirstName: words.length === 1 && !first.includes("-") && isFirstName(first),
    loneSurname: words.length === 1 && !first.includes("-") && isListedSurname(first),
    wellKnownPerson: words.length === 1 && isWellKnownPerson(first),
    place,
    organization,
    ofTown: !place && !organization && clubOfTown(name, words),
    placeThing: thing,
    prizeOrLaw: (words.length >= 2 && (isAwardWord(first) || isAwardWord(words.at(-1)!))) || isLawName(words),
  };
}
