import type { Candidate } from "./candidate.js";
import type { GazetteerEntry } from "./gazetteer.js";
import { surnameOf } from "./group-names.js";
import { gazetteerVote, type TypeVotes, winningType } from "./type-votes.js";

/** What `resolveTitledSurnames` reads and changes of one mention waiting to be grouped. */
export interface TitledSurname {
  candidate: Candidate;
  name: string;
  gazetteer: GazetteerEntry | undefined;
  votes: TypeVotes;
}

/**
 * Gives a lone word that the gazetteer lists as a place, but that a title or a function names as a person ("M.
 * Hollande", "le président Hollande"), to the one person of the story whose full name ends with it ("François
 * Hollande"): its `name` becomes that full name and the gazetteer's vote goes. The same word without a title stays
 * the place ("la Hollande"); with two such people, or none, nothing changes. `key`: a name's spelling key.
 */
export function resolveTitledSurnames(items: TitledSurname[], key: (name: string) => string): void {
  const fullNames = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.candidate.words < 2 || item.gazetteer !== undefined || winningType(item.votes) !== "person") continue;
    const surname = surnameOf(key(item.name).split(" "));
    fullNames.set(surname, (fullNames.get(surname) ?? new Set()).add(item.name));
  }
  if (fullNames.size === 0) return;
  for (const item of items) {
    const { candidate, gazetteer } = item;
    if (candidate.words !== 1 || gazetteer?.type !== "place") continue;
    if (!candidate.cues.title && candidate.cues.role === null) continue;
    const owners = fullNames.get(key(item.name));
    if (owners?.size !== 1) continue;
    item.votes.place -= gazetteerVote(candidate.name);
    item.gazetteer = undefined;
    item.name = [...owners][0]!;
  }
}
