import type { Token } from "../../../domain/text.js";
import { appositionRole, commaBetween, roleBeforeComma } from "./apposition-role.js";
import { type Candidate, firstTokenOf } from "./candidate.js";
import { type RoleMatch, roleKey } from "./find-roles.js";
import { HYPHEN } from "./hyphen-links.js";

/** A function written next to a name: "ministre russe des Affaires étrangères", "vice-président du Conseil fédéral". */
export interface RoleSpan {
  start: number;
  end: number;
  /** Folded head and adjectives: one function however it is written ("ministre|russ"). */
  key: string;
  /** Written after the name, in apposition ("Louis Thorens, vice-président"). */
  after: boolean;
}

/**
 * Whether `role` stands between commas right after a capitalised word: in "Louis Thorens, vice-président, Numa
 * Matthey", it is Thorens's, not the next name's.
 */
function followsNameInList(tokens: readonly Token[], text: string, role: RoleMatch): boolean {
  const previous = tokens[role.first - 1];
  const next = tokens[role.last + 1];
  if (previous === undefined || next === undefined || !previous.capitalized) return false;
  return (
    commaBetween(text, previous.end, tokens[role.first]!.start) &&
    commaBetween(text, tokens[role.last]!.end, next.start)
  );
}

/**
 * The span from `role`'s first word to token `last` (the end of its complement), with the word its first is hyphened
 * to ("Nato-Generalsekretär", "ex-ministre"): one word as written.
 */
function spanOf(tokens: readonly Token[], text: string, role: RoleMatch, last: number, after: boolean): RoleSpan {
  const first = tokens[role.first]!;
  const before = tokens[role.first - 1];
  const start =
    before !== undefined && before.end === first.start - 1 && text.charCodeAt(before.end) === HYPHEN
      ? before.start
      : first.start;
  return { start, end: tokens[last]!.end, key: roleKey(role), after };
}

/** Where the function written before or after a candidate stands, if any (see `RoleSpan`). */
export function roleSpanOf(
  candidate: Candidate,
  tokens: readonly Token[],
  text: string,
  roles: readonly RoleMatch[],
  language: string,
): RoleSpan | null {
  const written = candidate.cues.role;
  if (written !== null && !followsNameInList(tokens, text, written))
    return spanOf(tokens, text, written, written.last, false);
  const apposition = appositionRole(tokens, text, candidate.lastToken, roles, language);
  if (apposition !== null) return spanOf(tokens, text, apposition.role, apposition.last, true);
  const first = firstTokenOf(tokens, candidate, true);
  const before = roleBeforeComma(tokens, text, first, roles, language);
  return before === null ? null : spanOf(tokens, text, before.role, before.last, false);
}
