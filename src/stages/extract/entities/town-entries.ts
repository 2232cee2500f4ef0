import { GEONAMES_TOWNS } from "../../../language-data/geonames-towns.js";
import { WORLD_SUBDIVISIONS } from "../../../language-data/world-subdivisions.js";
import { isStopword } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";
import { GAZETTEER_LANGUAGES, type GazetteerEntry, gazetteerEntryOfKey } from "./gazetteer.js";
import { keyOf, spellingOf } from "./name-key.js";

/** A name of `geonames-towns.ts` or `world-subdivisions.ts`, by its place in the two lists. */
interface TownName {
  name: string;
  index: number;
  settlement: boolean;
}

/** Towns only GeoNames lists, and countries' subdivisions only `world-subdivisions.ts` lists, by spelling: see `townEntryOf`. */
let towns: Map<string, TownName> | undefined;
/** What `townEntryOf` decided for each spelling it met in the lists, null for a name that is no town of its own. */
const entries = new Map<string, GazetteerEntry | null>();

/**
 * The towns of `geonames-towns.ts` and the states, provinces and regions of `world-subdivisions.ts` ("Kerala",
 * "Chiapas", "Bahia"), the first of each spelling, apart from the gazetteer's table, so that no rule that cuts or
 * joins names around a listed one sees them ("Sebastian Kehl", "Thérèse de Lisieux"). Whether one is a town of its
 * own is decided when a text first names it (`isOwnName`): most of the 40,000 never occur, and a process (each
 * worker thread builds its own) should not test them all.
 */
function build(): Map<string, TownName> {
  const built = new Map<string, TownName>();
  const towns = GEONAMES_TOWNS.split("|").map((name) => ({ name, settlement: true }));
  const subdivisions = WORLD_SUBDIVISIONS.split("|").map((name) => ({ name, settlement: false }));
  for (const [index, { name, settlement }] of [...towns, ...subdivisions].entries()) {
    const spelling = spellingOf(name);
    if (!built.has(spelling)) built.set(spelling, { name, index, settlement });
  }
  return built;
}

/**
 * A given name or a stopword of a language recoupe reads is no town of its own ("Nancy", "Martin"; German "Auch",
 * "Waren"), nor is a name keyed as a curated one ("Florence"). Nor are they spellings as listed: an entity's display
 * form is not GeoNames' ("Kramators’k" for "Kramatorsk").
 */
function isOwnName(name: string): boolean {
  // A given name only as a whole: "Winston-Salem" is no "Winston".
  if (!name.includes("-") && isFirstName(name)) return false;
  if (GAZETTEER_LANGUAGES.some((language) => isStopword(name, language))) return false;
  // Last, the dearest test: the spelling key.
  return gazetteerEntryOfKey(keyOf(name)) === undefined;
}

/**
 * The entry of a town only GeoNames lists (`minor`), spelt as it is (accents and case aside, `spellingOf`: the
 * spelling keys that meet variants of a curated name would meet "Baath" in "Bath", "Maya" in "Maia"): the type of a
 * candidate name that is one as a whole. The curated lists' entries (`gazetteerEntryOfKey`) are not among them.
 */
export function townEntryOf(name: string): GazetteerEntry | undefined {
  towns ??= build();
  const spelling = spellingOf(name);
  const town = towns.get(spelling);
  if (town === undefined) return undefined;
  let entry = entries.get(spelling);
  if (entry === undefined) {
    const id = `town:${town.index}`;
    entry = !isOwnName(town.name)
      ? null
      : town.settlement
        ? { id, type: "place", settlement: true, minor: true }
        : { id, type: "place", minor: true };
    entries.set(spelling, entry);
  }
  return entry ?? undefined;
}

/** Whether an entry is from the curated lists, not a town only GeoNames lists (`GazetteerEntry.minor`). */
export function isCuratedName(entry: GazetteerEntry | undefined): entry is GazetteerEntry {
  return entry !== undefined && entry.minor !== true;
}
