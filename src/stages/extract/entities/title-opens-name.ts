import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";
import { endsOnOrganizationWord } from "./ends-on-organization-word.js";
import { isNameWord } from "./is-name-word.js";
import { capitalRun, type NameContext } from "./name-context.js";
import { hasOrganizationHead } from "./organization-head.js";
import type { StoryNames } from "./story-names.js";
import { titleAt } from "./title-at.js";

/**
 * Whether token `at` is a title that opens the name after it ("M. Lavrov", "Président Wilson"): a cue, not part of the
 * name. Not before a hyphen, after a place's head ("hôtel Président Wilson"), inside a given name, nor when the
 * capitalised words from the title on are a listed name ("Saint-Pétersbourg", "Sankt Gallen") or end on an
 * organisation's last word ("General Motors Corp", "General Electric", "Acme General Corp"): a company's name; nor
 * when they are headed as an institution's name ("Justice Department").
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
  return names.gazetteer(run) === undefined && !endsOnOrganizationWord(run) && !headedAsOrganization(run, language);
}

/** Whether a run of capitalised words is headed as an institution's name ("Justice Department"; see `hasOrganizationHead`). */
function headedAsOrganization(run: string, language: string): boolean {
  const words = run.split(" ").map((word) => foldAccents(word).toLowerCase());
  return words.length > 1 && hasOrganizationHead(words[0]!, words.at(-1)!, words.length, language);
}
