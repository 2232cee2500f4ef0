import { isFirstName } from "./first-names.js";
import type { StoryNames } from "./story-names.js";

/** A capitalised plural ("Rangers", "Canucks"): a team's nickname before its town. */
const PLURAL_NICKNAME = /^\p{Lu}[\p{L}]*\p{Ll}[sx]$/u;
/** "Rangers de New York", "Pirates de Pittsburgh": a plural nickname of a town's team. */
export function teamOfPlace(left: string, particle: string, right: string, names: StoryNames): boolean {
  return (
    ["de", "du", "d"].includes(particle) &&
    PLURAL_NICKNAME.test(left.split(" ").pop()!) &&
    !isFirstName(left.split(" ")[0]!) &&
    names.gazetteer(left) === undefined &&
    names.gazetteer(right)?.type === "place"
  );
}
