import { ORGANIZATION_FINAL_HEADS } from "../../../language-data/english-organization-heads.js";
import { GERMAN_ORGANIZATION_KINDS } from "../../../language-data/german-kind-nouns.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { ORGANIZATION_HEADS } from "../../../language-data/organization-heads.js";

const HEADS = new Set(ORGANIZATION_HEADS);
const FINAL_HEADS = new Set(ORGANIZATION_FINAL_HEADS);
/**
 * The legal forms that end a name on their own ("Nestlé SA", "Siemens AG", "Apple Inc"; not those that are words too:
 * "as", "co").
 */
const LEGAL_FORM = /^(?:sa|inc|ltd|llc|plc|corp|gmbh|ag|spa)$/;

/**
 * A German institution's kind, alone or ending a compound, in any case: it opens a name ("Bundesverband der Deutschen
 * Industrie", "des Bundesministeriums für Gesundheit") or ends one ("Statistisches Bundesamt", "Frankfurter Börse").
 */
const GERMAN_HEAD = new RegExp(`(?:${GERMAN_ORGANIZATION_KINDS.join("|")})(?:e?s)?$`);

/**
 * Whether the folded word `head` opens an institution's name in `language`: a listed head ("Conseil", "Ministerul"),
 * or, in German, an institution's kind ("Bundesverbandes").
 */
export function isOrganizationHead(head: string, language: string): boolean {
  return HEADS.has(head) || (NOUN_CAPITALISING_LANGUAGES.has(language) && GERMAN_HEAD.test(head));
}

/** Whether the folded word `word` ends an English institution's name ("Council", "Department", "Television"). */
export function isOrganizationFinalHead(word: string): boolean {
  return FINAL_HEADS.has(word);
}

/**
 * Whether a capitalised sequence of `words` words, its first and last folded, is headed as an organisation's name
 * is: opening on a head ("Conseil", "Ministerio"), closing on a legal form ("Siemens AG"), or, in English and in
 * German, closing on a head ("Security Council", "ABC Television", "Statistisches Bundesamt").
 */
export function hasOrganizationHead(first: string, last: string, words: number, language: string): boolean {
  if (words > 1 && NOUN_CAPITALISING_LANGUAGES.has(language) && (GERMAN_HEAD.test(first) || GERMAN_HEAD.test(last)))
    return true;
  return HEADS.has(first) || LEGAL_FORM.test(last) || (language === "en" && words > 1 && FINAL_HEADS.has(last));
}
