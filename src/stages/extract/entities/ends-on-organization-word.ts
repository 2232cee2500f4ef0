import type { Token } from "../../../domain/text.js";
import { ORGANIZATION_LAST_WORDS } from "../../../language-data/organization-cues.js";
import { foldAccents } from "../../segment/index.js";
import { capitalRun } from "./name-context.js";

const ORGANIZATION_LAST = new Set(ORGANIZATION_LAST_WORDS);

/**
 * Whether the capitalised words from token `at` on, two or more, end on an organisation's last word: "General Motors
 * Corp", "General Electric", "Acme General Corp" from "General". A title or a function there opens a company's name,
 * not a person's.
 */
export function endsOnOrganizationWord(tokens: readonly Token[], text: string, at: number): boolean {
  if (!tokens[at + 1]?.capitalized) return false;
  const run = capitalRun(tokens, text, at);
  const space = run.lastIndexOf(" ");
  return space > 0 && ORGANIZATION_LAST.has(foldAccents(run.slice(space + 1).replace(/\.$/, "")));
}
