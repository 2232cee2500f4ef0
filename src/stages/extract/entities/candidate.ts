import type { RoleMatch } from "./find-roles.js";
import type { GazetteerEntry } from "./gazetteer.js";

/** Which cues stand around one capitalised sequence. */
export interface CandidateCues {
  /** An honorific before it ("M.", "Mrs", "Herr"), included in the span when singular. */
  title: boolean;
  /** A function title right before it ("le ministre russe Sergueï Lavrov"). */
  role: RoleMatch | null;
  organizationHead: boolean;
  placeHead: boolean;
  /** A lower-case place noun right after it, in English ("Bukit Sama village", "Hormozgan province"). */
  placeNounAfter: boolean;
  /** A preposition of place right before it ("à Genève", "in Berlin"). */
  placePreposition: boolean;
  /** A plural word after a plural article ("les Occidentaux", "aux Ukrainiens"): a group of people, no name. */
  group: boolean;
}

/** A capitalised sequence that may name an entity. `text === source.slice(start, end)`. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Where the bare name starts (after a singular title), and the bare name. */
  nameStart: number;
  name: string;
  /** Number of words in the bare name. */
  words: number;
  cues: CandidateCues;
  /** First token of its sentence (or after an opening quote, a colon, a dash). */
  sentenceInitial: boolean;
  /** False for a lone word that starts a sentence and is not written capitalised anywhere else in the story. */
  confirmed: boolean;
  sentence: number;
  /** Index of its last token. */
  lastToken: number;
  /** The place or organisation `name` denotes, if the gazetteer knows it. */
  gazetteer: GazetteerEntry | undefined;
  /** `foldAccents(name)` when the name is one word (already folded while finding it). */
  foldedWord: string | undefined;
}

/** Index of the first token of `candidate`'s bare name (after its title), or of its whole text when `whole`. */
export function firstTokenOf(tokens: readonly { start: number }[], candidate: Candidate, whole = false): number {
  const from = whole ? candidate.start : candidate.nameStart;
  let first = candidate.lastToken;
  while (first > 0 && tokens[first - 1]!.start >= from) first--;
  return first;
}
