import type { Token } from "../../../domain/text.js";
import { appositionRole } from "./apposition-role.js";
import type { Candidate } from "./candidate.js";
import { type RoleMatch, roleKey } from "./find-roles.js";

/** A function written next to a name: "ministre russe des Affaires étrangères", "vice-président du Conseil fédéral". */
export interface RoleSpan {
  start: number;
  end: number;
  /** Folded head and adjectives: one function however it is written ("ministre|russ"). */
  key: string;
  /** Written after the name, in apposition ("Louis Thorens, vice-président"). */
  after: boolean;
}

/** Where the function written before or after a candidate stands, if any (see `RoleSpan`). */
export function roleSpanOf(
  candidate: Candidate,
  tokens: readonly Token[],
  text: string,
  roles: readonly RoleMatch[],
  language: string,
): RoleSpan | null {
  const before = candidate.cues.role;
  if (before !== null)
    return { start: tokens[before.first]!.start, end: tokens[before.last]!.end, key: roleKey(before), after: false };
  const apposition = appositionRole(tokens, text, candidate.lastToken, roles, language);
  if (apposition === null) return null;
  const { role } = apposition;
  return { start: tokens[role.first]!.start, end: tokens[apposition.last]!.end, key: roleKey(role), after: true };
}
