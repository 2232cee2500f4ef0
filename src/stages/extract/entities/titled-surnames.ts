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
  /** Right after a French article ("la Hollande"): a place's name, not a person's. */
  articleBefore?: boolean;
}

/**
 * Gives a lone word that the gazetteer lists as a place, but that a title or a function names as a person ("M.
 * Hollande", "le président Hollande"), to the one person of the story whose full name ends with it ("François
 * Hollande"): its `name` becomes that full name and the gazetteer's vote goes. Once the story so names someone, the
 * same word without a title is that person too ("voté pour Hollande") unless it names a city, or a preposition of
 * place or a French article puts a place there ("en Hollande", "la Hollande"); with two such people, or none, nothing
 * changes. `key`: a name's spelling key.
 */
export function resolveTitledSurnames(items: TitledSurname[], key: (name: string) => string): void {
  // Surname → the full names ending with it, by key ("François Hollande" and "Francois HOLLANDE" are one person), each
  // with how often it is written.
  const fullNames = new Map<string, Map<string, { name: string; count: number }>>();
  for (const item of items) {
    if (item.candidate.words < 2 || item.gazetteer !== undefined || winningType(item.votes) !== "person") continue;
    const fullKey = key(item.name);
    const surname = surnameOf(fullKey.split(" "));
    const owners = fullNames.get(surname) ?? new Map<string, { name: string; count: number }>();
    const owner = owners.get(fullKey) ?? { name: item.name, count: 0 };
    owner.count++;
    owners.set(fullKey, owner);
    fullNames.set(surname, owners);
  }
  if (fullNames.size === 0) return;
  const listedPlace = (item: TitledSurname): boolean => item.candidate.words === 1 && item.gazetteer?.type === "place";
  const named = (item: TitledSurname): boolean => item.candidate.cues.title || item.candidate.cues.role !== null;
  // Surname key → the one person a title or a function gave it to, when written in full more than once: a full name
  // met once may be a misreading ("la Marina Usa", the US Navy), which then takes the titled mentions ("il presidente
  // Usa") but not every bare "Usa".
  const resolved = new Map<string, string>();
  for (const item of items) {
    if (!listedPlace(item) || !named(item)) continue;
    const surname = key(item.name);
    const owners = fullNames.get(surname);
    if (owners?.size !== 1) continue;
    const owner = [...owners.values()][0]!;
    toPerson(item, owner.name);
    if (owner.count >= REPEATED) resolved.set(surname, owner.name);
  }
  if (resolved.size === 0) return;
  // Not a city's name: it goes bare where a country's takes an article or a preposition ("Washington is far", the city
  // beside President Washington; "la Hollande"), and stands for its government ("Washington a averti Moscou").
  for (const item of items) {
    if (!listedPlace(item) || item.gazetteer?.settlement === true) continue;
    if (item.candidate.cues.placePreposition || item.articleBefore === true) continue;
    const owner = resolved.get(key(item.name));
    if (owner !== undefined) toPerson(item, owner);
  }
}

/** How often a person's full name is written before the bare surname is taken for them. */
const REPEATED = 2;

/** The mention of a listed place as the person `owner`: the gazetteer's vote goes with it. */
function toPerson(item: TitledSurname, owner: string): void {
  item.votes.place -= gazetteerVote(item.candidate.name);
  item.gazetteer = undefined;
  item.name = owner;
}
