import { type TypeVotes, weakVotes, winningType } from "./type-votes.js";

/** The names of a story that share one spelling key, as `groupNames` gathers them. */
export interface Family {
  gazetteer: string | undefined;
  /** Whether one of its names is a town only GeoNames lists (`GazetteerEntry.minor`). */
  town: boolean;
  /** Its first name as written, accents and case aside (`spellingOf`, lower-cased). */
  spelling: string;
  votes: TypeVotes;
  count: number;
  /** Whether one of its names is confirmed (written capitalised inside a sentence, or listed). */
  confirmed: boolean;
}

/** Whether two families may be one entity: no two gazetteer entries, and types that agree or are weakly voted. */
export function compatible(a: Family, b: Family): boolean {
  if (a.gazetteer !== undefined && b.gazetteer !== undefined && a.gazetteer !== b.gazetteer) return false;
  const ta = winningType(a.votes);
  const tb = winningType(b.votes);
  return ta === tb || ta === "other" || tb === "other" || weakVotes(a.votes, a.count) || weakVotes(b.votes, b.count);
}

/** An unlisted name its votes make a person. */
export function personLike(family: Family): boolean {
  return family.gazetteer === undefined && winningType(family.votes) === "person";
}
