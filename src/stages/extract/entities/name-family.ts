import type { TypeVotes } from "./type-votes.js";

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
