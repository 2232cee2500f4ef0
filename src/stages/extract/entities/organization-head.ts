import { ORGANIZATION_FINAL_HEADS, ORGANIZATION_HEADS } from "../../../language-data/organization-heads.js";

const HEADS = new Set(ORGANIZATION_HEADS);
const FINAL_HEADS = new Set(ORGANIZATION_FINAL_HEADS);
/**
 * The legal forms that end a name on their own (`ORGANIZATION_SUFFIXES` less those that are words too: "as", "co").
 */
const LEGAL_FORM = /^(?:sa|inc|ltd|llc|plc|corp|gmbh|ag|spa)$/;

/**
 * Whether a capitalised sequence of `words` words, its first and last folded, is headed as an organisation's name
 * is: opening on a head ("Conseil", "Ministerio"), closing on a legal form ("Siemens AG"), or, in English, closing on
 * a head ("Security Council", "ABC Television").
 */
export function hasOrganizationHead(first: string, last: string, words: number, language: string): boolean {
  return HEADS.has(first) || LEGAL_FORM.test(last) || (language === "en" && words > 1 && FINAL_HEADS.has(last));
}
