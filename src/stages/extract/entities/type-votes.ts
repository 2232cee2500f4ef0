import type { EntityType } from "../../../domain/story.js";
import type { Candidate } from "./candidate.js";
import { type GazetteerEntry, isGazetteerSpelling } from "./gazetteer.js";
import { type NameShape, nameShape } from "./name-shape.js";

const ACRONYM = /^\p{Lu}{2,6}$/u;

export type TypeVotes = Record<EntityType, number>;

/** The vote of a cue that alone says the type: a title, a role, a head word, a given name. */
export const STRONG_CUE = 3;
/** What each mention gives "other", the type of a name no cue speaks for. */
const NO_TYPE_PRIOR = 0.5;

export function emptyVotes(): TypeVotes {
  return { person: 0, place: 0, organization: 0, other: 0 };
}

/**
 * How strongly each cue around one mention points to a type: honorifics and functions to a person, the
 * gazetteer and head words to places and organisations, a preposition of place to a place, several
 * capitalised words without a head to a person (unless the caller knows better, `noSeveralWordsPrior`: a common
 * word of the story inside, a French article before, a town or region only the weak lists hold), an acronym to an
 * organisation.
 */
export function voteType(
  candidate: Candidate,
  gazetteer: GazetteerEntry | undefined,
  speaks: boolean,
  shape: NameShape = nameShape(candidate.name),
  noSeveralWordsPrior = false,
): TypeVotes {
  const votes = emptyVotes();
  const { cues } = candidate;
  if (cues.title) votes.person += STRONG_CUE;
  if (cues.role !== null) votes.person += STRONG_CUE;
  if (gazetteer !== undefined) votes[gazetteer.type] += gazetteerVote(candidate.name);
  if (cues.organizationHead) votes.organization += STRONG_CUE;
  if (cues.placeHead || cues.placeNounAfter) votes.place += STRONG_CUE;
  if (cues.placePreposition) votes.place += 1.5;
  if (speaks) votes.person += 1;
  if (cues.group || shape.placeThing || shape.prizeOrLaw) votes.other += STRONG_CUE;
  if (shape.firstName) votes.person += STRONG_CUE;
  else if (shape.loneFirstName || shape.loneSurname) votes.person += 1;
  if (shape.wellKnownPerson) votes.person += STRONG_CUE;
  if (shape.place) votes.place += 2.5;
  if (shape.organization) votes.organization += STRONG_CUE;
  // Above the prior of several words for a person, below it with any other cue of one ("said Denzel Washington").
  if (shape.ofTown) votes.organization += 2;
  const acronym = ACRONYM.test(candidate.name);
  if (acronym) votes.organization += 1;
  else if (
    candidate.words >= 2 &&
    !noSeveralWordsPrior &&
    !cues.organizationHead &&
    !cues.placeHead &&
    !shape.place &&
    !shape.organization
  )
    votes.person += 1;
  votes.other += NO_TYPE_PRIOR;
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

/**
 * The type of a name the story writes `count` times: `winningType`, but the prior for no type, which every mention
 * adds (`NO_TYPE_PRIOR`), does not outvote a person that a cue says alone ("Muamar el Gadafi" titled or given-named a few times among
 * a hundred bare "Gadafi" is a person).
 */
export function storyType(votes: TypeVotes, count: number): EntityType {
  const best = winningType({ ...votes, other: 0 });
  // Only a person's cues are this strong one by one (a place's preposition is a weak cue, which adds up); cues for
  // "other" itself ("les Occidentaux": a group of people) still count.
  const otherCues = votes.other - NO_TYPE_PRIOR * count;
  return best === "person" && votes.person >= STRONG_CUE && votes.person > otherCues ? best : winningType(votes);
}

/** Whether the votes only carry the weak priors (several words → person, an acronym → organisation). */
export function weakVotes(votes: TypeVotes, count: number): boolean {
  return Math.max(votes.person, votes.place, votes.organization) <= 1.5 * count;
}
