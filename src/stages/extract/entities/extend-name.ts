import type { Token } from "../../../domain/text.js";
import { FINITE_VERB_ENDINGS } from "../../../language-data/finite-verb-endings.js";
import {
  NAME_ADJECTIVE_ENDINGS,
  NAME_ADJECTIVES,
  NOT_NAME_ADJECTIVES,
} from "../../../language-data/name-adjectives.js";
import { HEAD_CONJUNCTIONS } from "../../../language-data/name-links.js";
import { CARDINAL_POINTS, PLACE_QUALIFIERS } from "../../../language-data/place-cues.js";
import { PLACE_HEADS } from "../../../language-data/place-heads.js";
import { foldAccents } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { isOrganizationHead } from "./organization-head.js";
import { tokenAfter } from "./token-after.js";

/**
 * What a name's head makes of the lower-case words after it: an institution ("Conseil") takes adjectives and
 * complements, a place head ("République", "Mer") adjectives and capitalised complements, a known place
 * ("Suisse", "Afrique") only qualifiers and cardinal points.
 */
export type ExtensionKind = "organization" | "placeHead" | "place";

const PLACE_HEAD_SET = new Set(PLACE_HEADS);

/**
 * What a name opening on the folded word `head` takes after it; `known`: the gazetteer's entry for the name; `language`,
 * the article's.
 */
export function extensionKind(head: string, known: GazetteerEntry | undefined, language = "und"): ExtensionKind | null {
  // "Alliance de l'Atlantique Nord" is whole already: "d'Europe" after it is no part of it.
  if (known?.type === "organization") return null;
  if (isOrganizationHead(head, language)) return "organization";
  if (PLACE_HEAD_SET.has(head)) return "placeHead";
  return known?.type === "place" ? "place" : null;
}

const ADJECTIVES = new Set(NAME_ADJECTIVES);
const NOT_ADJECTIVES = new Set(NOT_NAME_ADJECTIVES);
const ENDINGS = new RegExp(
  `(?:${[...new Set(NAME_ADJECTIVE_ENDINGS)].sort((a, b) => b.length - a.length).join("|")})$`,
);
const QUALIFIERS = new Set(PLACE_QUALIFIERS);
const CARDINALS = new Set(CARDINAL_POINTS);
/**
 * Words that open a complement inside an institution's name ("Conseil de sécurité", "Union pour la démocratie",
 * "Inspectoratul General pentru Situații de Urgență", "Ministerio para la Transición Ecológica").
 */
const LINKS = new Set([
  ...["de", "d", "du", "des", "pour", "of", "for", "del", "della", "di", "für", "fur"],
  ...["pentru", "para", "per", "dello", "degli", "dei", "delle", "do", "da", "dos", "das"],
]);
/**
 * Links that also head a clause ("per votare", "para julio", "da molto"): a name's complement after them is a name
 * ("Ministero per i Beni Culturali", "Ministério da Saúde"), never a lower-case noun.
 */
const NAMED_COMPLEMENT_LINKS = new Set(["pentru", "para", "per", "do", "da", "dos", "das"]);
/** Romanian's genitive articles, which open an institution's complement ("Banca Națională a României"). */
const ROMANIAN_LINKS = new Set(["a", "al", "ale", "ai"]);
/** German's genitive articles, which open an institution's complement ("Bundesverband der Deutschen Industrie"). */
const GERMAN_LINKS = new Set(["der", "des"]);
const ARTICLES = new Set(["la", "l", "le", "les", "the", "el", "los", "las", "il", "lo", "i", "gli", "os", "as"]);
/** Conjunctions between two complements of one institution's head. */
const CONJUNCTIONS = new Set(HEAD_CONJUNCTIONS);

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

function isLowerWord(token: Token | undefined): token is Token {
  return token !== undefined && LOWER_WORD.test(token.text) && !token.isStopword;
}

/**
 * A lower-case adjective that can stay in an institution's name ("fédéral", "nationale", "socialiste", "rouge"), in an
 * article in `language`: not a verb of that language ("el Reino Unido buscaban").
 */
export function isNameAdjective(token: Token | undefined, kind: ExtensionKind, language = "und"): boolean {
  if (!isLowerWord(token)) return false;
  const folded = foldAccents(token.text);
  if (kind === "place") return QUALIFIERS.has(folded);
  if (NOT_ADJECTIVES.has(folded) || folded.length < 4) return false;
  if (FINITE_VERB_ENDINGS[language]?.test(token.text.toLowerCase()) === true) return false;
  return ADJECTIVES.has(folded) || ENDINGS.test(folded);
}

/** A lower-case noun that may complement an institution's head ("de sécurité", "des nations", "de hockey"). */
function isComplementNoun(token: Token | undefined): boolean {
  if (!isLowerWord(token) || token.text.length < 4) return false;
  const folded = foldAccents(token.text);
  // Infinitives and conjugated verbs end most clauses that follow a name ("le Conseil de décider").
  return !NOT_ADJECTIVES.has(folded) && !/(?:er|ir|ait|aient|ent|ons|ez)$/.test(folded);
}

/** What `extendName` knows of the name it extends. */
export interface ExtensionStart {
  /** The name ends on a capitalised complement already ("Instituto Nacional de Geofísica"). */
  complemented?: boolean;
  /** The story's names: a listed name after a conjunction is another name ("… y Cruz Roja"). */
  names?: { gazetteer(name: string): GazetteerEntry | undefined };
}

/**
 * The index of the last token of a name whose head (`Conseil`, `Ligue`, `Suisse`, `République`) takes lower-case
 * words after it: adjectives ("Conseil fédéral", "Suisse romande"), then up to two complements, capitalised ("de
 * l'Europe") or, for institutions, a lower-case noun and its adjectives ("Ligue nationale de hockey"); for places,
 * a cardinal point ("Afrique du Nord"). `isNameWord(index)` says whether a token may continue a name; `language`, the
 * article's, tells its verbs from adjectives.
 */
export function extendName(
  tokens: readonly Token[],
  text: string,
  last: number,
  kind: ExtensionKind,
  isNameWord: (index: number) => boolean,
  language = "und",
  after: ExtensionStart = {},
): number {
  let end = last;
  let adjectives = 0;
  while (adjectives < 3 && isNameAdjective(tokenAfter(tokens, text, end), kind, language)) {
    end++;
    adjectives++;
  }
  let complement: "name" | "noun" | null = after.complemented === true ? "name" : null;
  for (let complements = 0; complements < 2; complements++) {
    let cursor = end;
    // A second complement after a conjunction, of the first's kind: "de géophysique et de volcanologie", "de
    // Geofísica y Vulcanología", "of Geophysics and Volcanology"; a name of several words after it is another name.
    if (
      kind === "organization" &&
      complement !== null &&
      CONJUNCTIONS.has(tokenAfter(tokens, text, cursor)?.normal ?? "")
    ) {
      const next = tokenAfter(tokens, text, cursor + 1);
      const goesOn = tokenAfter(tokens, text, cursor + 2) !== undefined && isNameWord(cursor + 3);
      const oneName =
        next !== undefined &&
        isNameWord(cursor + 2) &&
        !goesOn &&
        !(after.names !== undefined && isOtherName(next.text, after.names));
      if (next !== undefined && LINKS.has(next.normal.replace(/['’]$/, ""))) cursor++;
      else if (complement === "name" ? oneName : isComplementNoun(next)) {
        end = cursor + 2;
        continue;
      } else break;
    }
    const link = tokenAfter(tokens, text, cursor);
    const linkWord = link?.normal.replace(/['’]$/, "");
    // Romanian's "a" is also an auxiliary ("Guvernul a adoptat"): its genitive takes only a name after it.
    const genitive =
      linkWord !== undefined &&
      ((language === "ro" && ROMANIAN_LINKS.has(linkWord)) || (language === "de" && GERMAN_LINKS.has(linkWord)));
    if (linkWord === undefined || !(LINKS.has(linkWord) || genitive)) break;
    cursor++;
    const article = tokenAfter(tokens, text, cursor);
    // Romanian's "de la" is "from", "at": "Ministerul de Externe de la Moscova" is the ministry in Moscow.
    if (language === "ro" && linkWord === "de" && article?.normal === "la") break;
    if (article !== undefined && ARTICLES.has(article.normal.replace(/['’]$/, ""))) cursor++;
    const word = tokenAfter(tokens, text, cursor);
    if (word === undefined) break;
    if (kind !== "place" && isNameWord(cursor + 1)) {
      cursor++;
      while (tokenAfter(tokens, text, cursor) !== undefined && isNameWord(cursor + 1)) cursor++;
      complement = "name";
    } else if (genitive || NAMED_COMPLEMENT_LINKS.has(linkWord)) {
      break;
    } else if (kind !== "organization" && CARDINALS.has(foldAccents(word.normal))) {
      cursor++;
    } else if (kind === "organization" && isComplementNoun(word)) {
      cursor++;
      complement = "noun";
      for (let count = 0; count < 2 && isNameAdjective(tokenAfter(tokens, text, cursor), kind, language); count++)
        cursor++;
    } else break;
    end = cursor;
  }
  return end;
}

/**
 * "place" when the name `tokens[first..last]`, unknown alone, is a known place with the qualifier after it
 * ("Arabie saoudite", "Timor oriental", "Guinée équatoriale"): it then takes that qualifier; null otherwise.
 */
export function qualifiedPlaceKind(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): ExtensionKind | null {
  const qualifier = tokenAfter(tokens, text, last);
  if (qualifier === undefined || !isNameAdjective(qualifier, "place")) return null;
  return names.gazetteer(text.slice(tokens[first]!.start, qualifier.end))?.type === "place" ? "place" : null;
}

/** Whether `word` is a name of its own: listed, or a given name ("… and Microsoft", "… and John"). */
function isOtherName(word: string, names: { gazetteer(name: string): GazetteerEntry | undefined }): boolean {
  return names.gazetteer(word) !== undefined || isFirstName(word);
}
