import { ORGANIZATION_LAST_WORDS } from "../../../language-data/organization-cues.js";
import { foldAccents } from "../../segment/index.js";

const ORGANIZATION_LAST = new Set(ORGANIZATION_LAST_WORDS);

/** Whether a word, as written, ends organisations' names ("Corp", "Corp.", "Motors", "Électrique" folded). */
export function isOrganizationLastWord(word: string): boolean {
  return ORGANIZATION_LAST.has(foldAccents(word).replace(/\.$/, ""));
}

/**
 * Whether a run of capitalised words (`capitalRun`), two or more, ends on an organisation's last word: "General Motors
 * Corp", "General Electric", "Acme General Corp" from "General". A title or a function there opens a company's name,
 * not a person's.
 */
export function endsOnOrganizationWord(run: string): boolean {
  const space = run.lastIndexOf(" ");
  return space > 0 && isOrganizationLastWord(run.slice(space + 1));
}
