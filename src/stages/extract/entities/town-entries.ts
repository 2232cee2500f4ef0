import { GEONAMES_TOWNS } from "../../../language-data/geonames-towns.js";
import { WORLD_SUBDIVISIONS } from "../../../language-data/world-subdivisions.js";
import { isStopword } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";
import { GAZETTEER_LANGUAGES, type GazetteerEntry, gazetteerEntryOfKey } from "./gazetteer.js";
import { keyOf, spellingOf } from "./name-key.js";

/** Towns only GeoNames lists, and countries' subdivisions only `world-subdivisions.ts` lists (`GazetteerEntry.minor`), by spelling: see `townEntryOf`. */
let towns: Map<string, GazetteerEntry> | undefined;

/**
 * The towns of `geonames-towns.ts` and the states, provinces and regions of `world-subdivisions.ts` ("Kerala",
 * "Chiapas", "Bahia") that are no curated name: apart from the gazetteer's table, so that no rule that
 * cuts or joins names around a listed one sees them ("Sebastian Kehl", "Thérèse de Lisieux"). A given name or a
 * stopword of a language recoupe reads is no town of its own ("Nancy", "Martin"; German "Auch", "Waren"), nor is a
 * name keyed as a curated one ("Florence"). Nor are they spellings as listed: an entity's display form is not
 * GeoNames' ("Kramators’k" for "Kramatorsk").
 */
function build(): Map<string, GazetteerEntry> {
  const built = new Map<string, GazetteerEntry>();
  const subdivisions = WORLD_SUBDIVISIONS.split("|").map((name) => ({ name, settlement: false }));
  const towns = GEONAMES_TOWNS.split("|").map((name) => ({ name, settlement: true }));
  for (const [index, { name, settlement }] of [...towns, ...subdivisions].entries()) {
    const spelling = spellingOf(name);
    // A given name only as a whole: "Winston-Salem" is no "Winston".
    if (built.has(spelling) || (!name.includes("-") && isFirstName(name))) continue;
    if (GAZETTEER_LANGUAGES.some((language) => isStopword(name, language))) continue;
    // Last, the dearest test: the spelling key.
    if (gazetteerEntryOfKey(keyOf(name)) !== undefined) continue;
    built.set(
      spelling,
      settlement
        ? { id: `town:${index}`, type: "place", settlement: true, minor: true }
        : { id: `town:${index}`, type: "place", minor: true },
    );
  }
  return built;
}

/**
 * The entry of a town only GeoNames lists (`minor`), spelt as it is (accents and case aside, `spellingOf`: the
 * spelling keys that meet variants of a curated name would meet "Baath" in "Bath", "Maya" in "Maia"): the type of a
 * candidate name that is one as a whole. The curated lists' entries (`gazetteerEntryOfKey`) are not among them.
 */
export function townEntryOf(name: string): GazetteerEntry | undefined {
  towns ??= build();
  return towns.get(spellingOf(name));
}

/** Whether an entry is from the curated lists, not a town only GeoNames lists (`GazetteerEntry.minor`). */
export function isCuratedName(entry: GazetteerEntry | undefined): entry is GazetteerEntry {
  return entry !== undefined && entry.minor !== true;
}
