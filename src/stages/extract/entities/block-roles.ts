import type { Token } from "../../../domain/text.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { endsOnOrganizationWord } from "./ends-on-organization-word.js";
import type { RoleMatch } from "./find-roles.js";
import { HYPHEN } from "./hyphen-links.js";
import { capitalRun, type NameContext } from "./name-context.js";
import { isOrganizationHead } from "./organization-head.js";

/** Words that make a role of the role after their hyphen ("Vice-President", "ex-ministre", "Under-Secretary"). */
const ROLE_PREFIXES = new Set(["ex", "vice", "under", "deputy", "co", "sub", "sous", "vize", "pro"]);

/**
 * Marks the capitalised words of each function title as no name (`blocked`: "Foreign Minister", "ministre des
 * Affaires étrangères") and returns the role standing before each token that may open a name after it. A role inside
 * a hyphenated name ("Choisy-le-Roi") or right after a place head or inside a given name is part of the name.
 * `roleTitleWords`: the folded words of titles; `folded`: a token's folded written form.
 */
export function blockRoles(
  tokens: readonly Token[],
  text: string,
  roles: readonly RoleMatch[],
  context: NameContext,
  roleTitleWords: ReadonlySet<string>,
  folded: (index: number) => string,
  blocked: Set<number>,
): Map<number, RoleMatch> {
  const roleBefore = new Map<number, RoleMatch>();
  for (const role of roles) {
    // "Choisy-le-Roi", "Bourg-la-Reine": a role inside a hyphenated name is part of it ("ex-Premier ministre" is a role).
    const before = tokens[role.first - 1];
    // Where every noun is capitalised, a role ending a compound is the role of what opens it ("Nato-Generalsekretär",
    // "CDU-Chef", "EU-Kommissarin").
    const hyphenated =
      before !== undefined &&
      text.charCodeAt(tokens[role.first]!.start - 1) === HYPHEN &&
      !ROLE_PREFIXES.has(before.normal) &&
      (before.capitalized || text.charCodeAt(before.start - 1) === HYPHEN) &&
      !(NOUN_CAPITALISING_LANGUAGES.has(context.language) && text.charCodeAt(tokens[role.last]!.end) !== HYPHEN);
    // Nor is one opening a company's name ("General Motors Corp", "General Electric"), nor "General" after an
    // institution's head, whose adjective it is ("Parchetul General", "Inspectoratului General", "Consejo General").
    if (
      hyphenated ||
      (role.head === "general" && role.first > 0 && isOrganizationHead(folded(role.first - 1), context.language)) ||
      (tokens[role.first]!.capitalized &&
        (context.followsPlaceHead(role.first) ||
          context.insideGivenName(role.first) ||
          endsOnOrganizationWord(capitalRun(tokens, text, role.first))))
    )
      continue;
    for (let index = role.first; index <= role.last; index++) {
      const token = tokens[index]!;
      if (token.capitalized && (roleTitleWords.has(folded(index)) || index === role.first || !token.isStopword))
        blocked.add(index);
    }
    let next = role.last + 1;
    // "Le secrétaire d'État des États-Unis" is no name; "ministre des Affaires étrangères" runs its capitalised words in.
    while (tokens[next] !== undefined && tokens[next]!.capitalized && roleTitleWords.has(folded(next)))
      blocked.add(next++);
    // A role ending a sentence is no cue for the name opening the next ("proche du chanteur. Le Parisien affirme").
    if (tokens[next]?.sentence === tokens[role.last]!.sentence) roleBefore.set(next, role);
  }
  return roleBefore;
}
