import { CONJUNCTIONS } from "../../../language-data/conjunctions.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NAME_ARTICLES } from "../../../language-data/name-particles.js";
import type { TypeVotes } from "./type-votes.js";

/** One typed mention of an article, in text order. */
export interface ListItem {
  start: number;
  end: number;
  votes: TypeVotes;
}

const NAMED = ["person", "place", "organization"] as const;
/** A vote this strong is a cue of its own (a title, a role, the gazetteer, a head word, a given name). */
const STRONG = 2.5;
/** A mention whose best vote is this weak has only priors (several words, an acronym, a preposition). */
const WEAK = 1.5;
/** What a list gives each weakly typed member. */
const SHARE = 1.5;
/** Lists shorter than this say too little ("Paris et Macron"). */
const MIN_ITEMS = 3;

/**
 * Articles that may open a member of a list ("la France, l'Allemagne et l'Italie", "o Brasil, a Argentina e o Chile"):
 * those that open names, the elided one with its apostrophe, and Portuguese's, which are words too often to open one.
 */
const ARTICLES = [...NAME_ARTICLES.filter((article) => article !== "l"), "l['’]", "o", "a", "os", "as"];

const separators = new Map<string, RegExp>();
/** What may stand between two members of a list in `language`: a comma, or "and"/"or", and an article. */
function separator(language: string): RegExp {
  let found = separators.get(language);
  if (found === undefined) {
    const words = CONJUNCTIONS[language as SupportedLanguage] ?? CONJUNCTIONS.en!;
    const link = [...words.and, ...words.or].join("|");
    found = new RegExp(
      `^(?:\\s*,\\s*(?:(?:${link})\\s+)?|\\s+(?:${link})\\s+)(?:(?:${ARTICLES.join("|")})\\s*)?$`,
      "iu",
    );
    separators.set(language, found);
  }
  return found;
}

function strongType(votes: TypeVotes): (typeof NAMED)[number] | null {
  let best: (typeof NAMED)[number] | null = null;
  for (const type of NAMED) if (votes[type] >= STRONG && (best === null || votes[type] > votes[best])) best = type;
  return best;
}

/**
 * Members of one list share their type: in "les îles de Cebu, Bohol, Panay et Mindanao", "Kiev, Kharkiv et Odessa",
 * a member with no cue of its own is of the type the others' cues agree on. Lists of at least three names joined by
 * commas and "and"/"or" (articles allowed); the members with strong cues must be at least half and agree. Adds to
 * `votes` in place; `items` are one article's mentions in text order.
 */
export function shareListTypes(items: readonly ListItem[], text: string, language: string): void {
  const joins = separator(language);
  let first = 0;
  const gaps: boolean[] = [];
  for (let index = 1; index <= items.length; index++) {
    const gap = index < items.length ? text.slice(items[index - 1]!.end, items[index]!.start) : "";
    if (index < items.length && joins.test(gap)) {
      gaps.push(ENDS_ON_DE.test(gap));
      continue;
    }
    shareRun(items.slice(first, index), gaps);
    first = index;
    gaps.length = 0;
  }
}

/** A gap between two members that ends on "de" (the preposition of French, Spanish, Portuguese; Dutch's article). */
const ENDS_ON_DE = /\bde\s*$/iu;

/**
 * Shares the types of a run of linked members (`gaps[k]`: whether the gap after member k ends on "de"). A list repeats
 * its preposition before every member ("de Cebu, de Bohol et de Mindanao") or before none: where only some members
 * follow a "de", they complement the members before them, and the list breaks there ("M. Durand, de Lannion, et
 * M. Martin, de Guingamp" lists two men, each with his town).
 */
function shareRun(run: readonly ListItem[], gaps: readonly boolean[]): void {
  const mixed = gaps.includes(true) && gaps.includes(false);
  let start = 0;
  for (let gap = 0; gap <= gaps.length; gap++) {
    if (gap < gaps.length && !(mixed && gaps[gap])) continue;
    if (gap + 1 - start >= MIN_ITEMS) shareOne(run.slice(start, gap + 1));
    start = gap + 1;
  }
}

function shareOne(list: readonly ListItem[]): void {
  const types = list.map((item) => strongType(item.votes));
  const strong = types.filter((type) => type !== null);
  if (strong.length === 0 || new Set(strong).size !== 1) return;
  const shared = strong[0]!;
  for (const item of list) {
    if (Math.max(item.votes.person, item.votes.place, item.votes.organization) <= WEAK) item.votes[shared] += SHARE;
  }
}
