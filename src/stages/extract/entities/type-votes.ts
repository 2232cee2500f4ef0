import type { EntityType } from "../../../domain/story.js";
import type { Candidate } from "./candidate.js";
import { type GazetteerEntry, isGazetteerSpelling } from "./gazetteer.js";
import { type NameShape, nameShape } from "./name-shape.js";

const ACRONYM = /^\p{Lu}{2,6}$/u;

export type TypeVotes = Record<EntityType, number>;

/** The vote of a cue that alone says the type: a title, a role, a head word, a given name. */
export const STRONG_CUE = 3;

export function emptyVotes(): TypeVotes {
  return { person: 0, place: 0, organization: 0, other: 0 };
}

/**
 * How strongly each cue around one mention points to a type: honorifics and functions to a person, the
 * gazetteer and head words to places and organisations, a preposition of place to a place, several
 * capitalised words without a head to a person (unless one of them is a common word of the story:
 * `commonWordInside`), an acronym to an organisation.
 */
export function voteType(
  candidate: Candidate,
  gazetteer: GazetteerEntry | undefined,
  speaks: boolean,
  shape: NameShape = nameShape(candidate.name),
  commonWordInside = false,
): TypeVotes {
  const votes = emptyVotes();
  const { cues } = candidate;
  if (cues.title) votes.person += STRONG_CUE;
  if (cues.role !== null) votes.person += STRONG_CUE;
  if (gazetteer !== undefined) votes[gazetteer.type] += gazetteerVote(candidate.name);
  if (cues.organizationHead) votes.organization += STRONG_CUE;
  if (cues.placeHead) votes.place += STRONG_CUE;
  if (cues.placePreposition) votes.place += 1.5;
  if (speaks) votes.person += 1;
  if (cues.group) votes.other += STRONG_CUE;
  if (shape.firstName) votes.person += STRONG_CUE;
  else if (shape.loneFirstName) votes.person += 1;
  if (shape.place) votes.place += 2.5;
  if (shape.organization) votes.organization += STRONG_CUE;
  const acronym = ACRONYM.test(candidate.name);
  if (acronym) votes.organization += 1;
  else if (
    candidate.words >= 2 &&
    !commonWordInside &&
    !cues.organizationHead &&
    !cues.placeHead &&
    !shape.place &&
    !shape.organization
  )
    votes.person += 1;
  votes.other += 0.5;
  return votes;
}

/** The vote of the gazetteer's entry for `name`: a name that only resembles a listed one ("Ammann", a surname, / Amman) counts for less than a title or a role. */
export function gazetteerVote(name: string): number {
  return isGazetteerSpelling(name) ? 4 : 2;
}

export function addVotes(target: TypeVotes, source: TypeVotes): void {
  target.person += source.person;
  target.place += source.place;
  target.organization += source.organization;
  target.other += source.other;
}

const NAMED_TYPES = ["person", "place", "organization"] as const;

export function winningType(votes: TypeVotes): EntityType {
  let best: EntityType = "other";
  for (const type of NAMED_TYPES) if (votes[type] > votes[best]) best = type;
  return best;
}

/** Whether the votes only carry the weak priors (several words → person, an acronym → organisation). */
export function weakVotes(votes: TypeVotes, count: number): boolean {
  return Math.max(votes.person, votes.place, votes.organization) <= 1.5 * count;
}
