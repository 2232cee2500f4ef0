import type { Token } from "../../../domain/text.js";
import { ORGANIZATION_FINAL_HEADS } from "../../../language-data/organization-heads.js";
import { foldAccents } from "../../segment/index.js";
import { endsOnOrganizationWord } from "./ends-on-organization-word.js";
import { isNameWord } from "./is-name-word.js";
import { capitalRun, type NameContext } from "./name-context.js";
import type { StoryNames } from "./story-names.js";
import { titleAt } from "./title-at.js";

/**
 * Whether token `at` is a title that opens the name after it ("M. Lavrov", "Président Wilson"): a cue, not part of the
 * name. Not before a hyphen, after a place's head ("hôtel Président Wilson"), inside a given name, nor when the
 * capitalised words from the title on are a listed name ("Saint-Pétersbourg", "Sankt Gallen") or end on an
 * organisation's last word ("General Motors Corp", "General Electric", "Acme General Corp"): a company's name; nor,
 * in English, on an institution's head ("Justice Department"): an institution's.
 */
export function titleOpensName(
  tokens: readonly Token[],
  at: number,
  text: string,
  language: string,
  blocked: ReadonlySet<number>,
  context: NameContext,
  names: StoryNames,
): boolean {
  const title = titleAt(tokens, at, text, language);
  if (
    title === null ||
    !isNameWord(tokens[at + 1], blocked, at + 1) ||
    text.slice(title.end, tokens[at + 1]!.start) === "-" ||
    (tokens[at]!.capitalized && context.followsPlaceHead(at)) ||
    context.insideGivenName(at)
  )
    return false;
  const run = capitalRun(tokens, text, at);
  return names.gazetteer(run) === undefined && !endsOnOrganizationWord(run) && !endsOnFinalHead(run, language);
}

/** English heads that end institutions' names ("Justice Department", "Judiciary Committee"), folded. */
const FINAL_HEADS = new Set(ORGANIZATION_FINAL_HEADS);

/** Whether an English run of capitalised words ends on an institution's head: "Justice" there is no judge's title. */
function endsOnFinalHead(run: string, language: string): boolean {
  const space = run.lastIndexOf(" ");
  return language === "en" && space > 0 && FINAL_HEADS.has(foldAccents(run.slice(space + 1)).toLowerCase());
}
