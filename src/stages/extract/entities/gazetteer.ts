import { AREAS } from "../../../language-data/areas.js";
import { CAPITALS } from "../../../language-data/capitals.js";
import { CITIES } from "../../../language-data/cities.js";
import { COMPANIES } from "../../../language-data/companies.js";
import { COUNTRY_ALIASES } from "../../../language-data/country-aliases.js";
import { DEPARTMENTS } from "../../../language-data/departments.js";
import { FORMER_STATES } from "../../../language-data/former-states.js";
import { LANDFORMS } from "../../../language-data/landforms.js";
import { ORGANIZATIONS } from "../../../language-data/organizations.js";
import { PLACE_PREFIXES } from "../../../language-data/place-cues.js";
import { POLITICAL_PARTIES } from "../../../language-data/political-parties.js";
import { REGIONS } from "../../../language-data/regions.js";
import { TOWNS } from "../../../language-data/towns.js";
import { WORLD_REGIONS } from "../../../language-data/world-regions.js";
import { memoizeName } from "./memoize-name.js";
import { keyOf, nameKey, spellingOf } from "./name-key.js";
import { regionCodes } from "./region-codes.js";

export type GazetteerType = "place" | "organization";

export interface GazetteerEntry {
  /** Stable id shared by every name of one place or organisation ("US", "org:0", "place:12"). */
  id: string;
  type: GazetteerType;
  /** A city or a town (not a country, a region or a landform): in German, "der Zug", "das Essen" are common nouns. */
  settlement?: true;
  /**
   * Only in GeoNames' list of towns (`geonames-towns.ts`), not in the curated ones ("Lorient", "Vannes"; but also
   * surnames: "Valls", "Ashton"): it makes a place only of an entity that no cue types (`town-entries.ts`).
   */
  minor?: true;
}

/** Languages whose region names the gazetteer holds (the ones recoupe reads, plus a few of the news). */
export const GAZETTEER_LANGUAGES = ["fr", "en", "es", "de", "it", "pt", "ro", "nl"];

let table: Map<string, GazetteerEntry> | undefined;
/** Every name of the table as written (`spellingOf`), where the table's keys also meet variant spellings. */
let spellings: Set<string> | undefined;
/** The first name of the table written with lower-case letters, by its spelling: the case a name is written in. */
let casings: Map<string, string> | undefined;
/** The roots of every country's and region's first word (`placeRoots`), with each prefix of four letters or more of them: see `sharesPlaceStem`. */
let peopleRoots: { roots: Set<string>; prefixes: Set<string> } | undefined;
/** Names that go on in lower case, as listed (apostrophes straight), by lower-cased first word: see `lowerTailAfter`. */
let lowerTails: Map<string, { words: number; forms: Set<string> }> | undefined;
/**
 * What a country's or region's name may lose before a people's name is made of it: "Arménie" → "armén-iens",
 * "Kurdistan" → "kurd-es", "Russia" → "russ-ians", "Pakistan" → "pakistan-ais" (each is tried).
 */
const PLACE_ENDINGS = ["istan", "stan", "ie", "ia", "ique", "ica", "e", "a", "y", "o", "i", "es", "s", ""];
/**
 * The endings of a people's name in the languages recoupe reads, singular (a plural's "s" or "x" is dropped first, or
 * not: "Anglais", "Chinois"): "-iens", "-ians", "-ains", "-ais", "-ois", "-ese", "-es", "-and" ("Allemands"), "-on" ("Bretons").
 */
const PEOPLE_ENDINGS = [
  "ienne",
  "ien",
  "ian",
  "iano",
  "iana",
  "een",
  "en",
  "aine",
  "ain",
  "an",
  "ano",
  "ana",
  "ais",
  "aise",
  "ois",
  "oise",
  "ese",
  "esa",
  "ense",
  "eno",
  "ena",
  "ino",
  "ina",
  "ite",
  "ique",
  "ico",
  "ica",
  "and",
  "ande",
  "ol",
  "i",
  "e",
  "o",
  "a",
  "",
];
const ROOT_PREFIX = 4;
const PREFIXES = new Set(PLACE_PREFIXES);
/** An article that prepositions contract, opening a place's name: French "Le", "Les", Spanish "El", Italian "Il". */
const CONTRACTED_ARTICLE = /^(?:Le|Les|El|Il) (\p{Lu}.*)$/u;

/**
 * The letters a people's name may share with a country or region ("armén" for "Arménie"), folded: its first word's,
 * and its last word's when that is long enough to be the name proper ("Arabie saoudite", "Pays basque").
 */
function placeRoots(name: string): string[] {
  const words = spellingOf(name)
    .split(/[\s-]/)
    .filter((word) => word.length > 0 && !/^(?:du|de|des|del|of|and|et)$/.test(word));
  // "Saint-Marin", "Nouvelle-Zélande": the name proper comes after the prefix ("Saints" are no people of Saint-Marin).
  const first = PREFIXES.has(words[0] ?? "") ? 1 : 0;
  const named =
    words.length >= first + 2 && words.at(-1)!.length >= 6
      ? [words[first]!, words.at(-1)!]
      : words.slice(first, first + 1);
  return named
    .filter((word) => !PREFIXES.has(word))
    .flatMap((word) =>
      PLACE_ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= 3).map((ending) =>
        word.slice(0, word.length - ending.length),
      ),
    );
}

function build(): Map<string, GazetteerEntry> {
  const built = new Map<string, GazetteerEntry>();
  // Each of these names is keyed once: no memo to fill with them.
  const addKey = (key: string, entry: GazetteerEntry): void => {
    if (key.length > 0 && !built.has(key)) built.set(key, entry);
  };
  const written = new Set<string>();
  const cased = new Map<string, string>();
  const write = (name: string): void => {
    written.add(spellingOf(name));
    if (/\p{Ll}/u.test(name) && !cased.has(spellingOf(name))) cased.set(spellingOf(name), name);
  };
  const roots = new Set<string>();
  const rootPrefixes = new Set<string>();
  const addStem = (name: string): void => {
    for (const root of placeRoots(name)) {
      roots.add(root);
      for (let length = ROOT_PREFIX; length <= root.length; length++) rootPrefixes.add(root.slice(0, length));
    }
  };
  const add = (name: string, entry: GazetteerEntry): void => {
    write(name);
    addKey(keyOf(name), entry);
  };
  const codes = regionCodes();
  for (const language of GAZETTEER_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name === undefined) continue;
      add(name, { id: code, type: "place" });
      addStem(name);
      // "Corée du Sud (la)" style qualifiers and "Hong Kong R.A.S." forms: keep the head too.
      const head = name.replace(/\s*[(（].*$/u, "").replace(/\s+(?:R\.A\.S\.|RAS|SAR).*$/u, "");
      if (head !== name) add(head, { id: code, type: "place" });
      // "Bosnia & Herzegovina", "Trinidad & Tobago": English news writes "and".
      if (name.includes(" & ")) add(name.replace(" & ", " and "), { id: code, type: "place" });
      // "Myanmar (Birmanie)": the name in brackets is the one the news uses as often.
      const bracketed = /[(（](\p{Lu}[^)）]*)[)）]/u.exec(name)?.[1];
      if (bracketed !== undefined) add(bracketed, { id: code, type: "place" });
    }
  }
  for (const [code, aliases] of Object.entries(COUNTRY_ALIASES))
    for (const alias of aliases) {
      add(alias, { id: code, type: "place" });
      addStem(alias);
    }
  const tails = new Map<string, { words: number; forms: Set<string> }>();
  const addGroup = (forms: readonly string[], fallback: GazetteerEntry): void => {
    for (const form of forms) {
      write(form);
      const words = form.split(/[\s’']+/).filter((word) => word.length > 0);
      // "Médecins sans frontières"; "France 2", "Europe 1" (broadcasters) end in a number.
      if (words.length >= 2 && /^[\p{Ll}\p{N}]/u.test(words.at(-1)!)) {
        const first = words[0]!.toLowerCase();
        const known = tails.get(first) ?? { words: 0, forms: new Set<string>() };
        known.words = Math.max(known.words, words.length - 1);
        known.forms.add(form.replace(/’/g, "'"));
        tails.set(first, known);
      }
    }
    const keys = forms.map(keyOf);
    // A group is the place already listed under its first (French) name ("Russie" under the names the news
    // uses), else one listed under another of its names, if of the same kind: a city is no country because
    // one of its names keys as the country's in another language ("Algeri", Italian for Algiers, as "Algérie").
    const first = built.get(keys[0]!);
    const known =
      first?.type === fallback.type
        ? first
        : keys
            .map((key) => built.get(key))
            .find((entry) => entry?.type === fallback.type && entry.settlement === fallback.settlement);
    const entry = known ?? fallback;
    for (const key of keys) addKey(key, entry);
    // "Le Caire" is "Caire" after a contracted article ("au Caire", "du Caire"; "al Cairo", "del Cairo"): keyed so,
    // though not listed as written (a sentence's first word must be: see `isGazetteerSpelling`).
    for (const form of forms) {
      const bare = CONTRACTED_ARTICLE.exec(form)?.[1];
      if (bare !== undefined && bare.length >= 4) addKey(keyOf(bare), entry);
    }
  };
  for (const forms of [...AREAS, ...REGIONS, ...WORLD_REGIONS]) for (const form of forms) addStem(form);
  const settlements = CITIES.length + TOWNS.length;
  for (const [index, forms] of [...CITIES, ...TOWNS, ...AREAS, ...REGIONS, ...LANDFORMS, ...DEPARTMENTS].entries())
    addGroup(forms, { id: `place:${index}`, type: "place", ...(index < settlements ? { settlement: true } : {}) });
  const landformsFrom = settlements + AREAS.length + REGIONS.length;
  for (let index = landformsFrom; index < landformsFrom + LANDFORMS.length; index++) landformIds.add(`place:${index}`);
  // Numbered apart from the lists above (ids only tell the names of one place from another within a run).
  for (const [index, forms] of CAPITALS.entries())
    addGroup(forms, { id: `capital:${index}`, type: "place", settlement: true });
  for (const [index, forms] of FORMER_STATES.entries()) addGroup(forms, { id: `former:${index}`, type: "place" });
  for (const [index, forms] of WORLD_REGIONS.entries()) addGroup(forms, { id: `world:${index}`, type: "place" });
  for (const [index, forms] of ORGANIZATIONS.entries()) addGroup(forms, { id: `org:${index}`, type: "organization" });
  for (const [index, forms] of COMPANIES.entries()) addGroup(forms, { id: `company:${index}`, type: "organization" });
  for (const [index, forms] of POLITICAL_PARTIES.entries())
    addGroup(forms, { id: `party:${index}`, type: "organization" });
  spellings = written;
  casings = cased;
  peopleRoots = { roots, prefixes: rootPrefixes };
  lowerTails = tails;
  return built;
}

/** The entry of a name's spelling key (`nameKey`), for callers that have the key already. */
export function gazetteerEntryOfKey(key: string): GazetteerEntry | undefined {
  table ??= build();
  return table.get(key);
}

/**
 * The ids of rivers, mountains and seas (`LANDFORMS`): met only as written, as their short names key as common words
 * do ("Thur" / "Tour", the race), while a city's other spellings are what the keys are for.
 */
const landformIds = new Set<string>();

/** The entry `name` denotes through its spelling key (`key`, when the caller has it): a landform only as written. */
export function gazetteerEntryOfName(name: string, key = nameKey(name)): GazetteerEntry | undefined {
  const entry = gazetteerEntryOfKey(key);
  return entry === undefined || (landformIds.has(entry.id) && !writtenAsListed(name)) ? undefined : entry;
}

const lookup = memoizeName((name: string): GazetteerEntry | null => gazetteerEntryOfName(name) ?? null);

/** The place or organisation a name denotes, in any language recoupe reads ("Russie", "NATO", "Genf"). */
export function lookupGazetteer(name: string): GazetteerEntry | undefined {
  return lookup(name) ?? undefined;
}

const writtenAsListed = memoizeName((name: string): boolean => {
  table ??= build();
  return spellings!.has(spellingOf(name));
});

/**
 * Whether `name` is spelt as one of the gazetteer's names (accents and case aside), not only a variant
 * that meets one through `nameKey`: "Amman" is, "Ammann" (a Swiss surname) is not.
 */
export function isGazetteerSpelling(name: string): boolean {
  return writtenAsListed(name);
}

/** `name` as the gazetteer writes it with lower-case letters ("Rome" for "ROME"); undefined for "URSS", "EEUU". */
export function listedCasing(name: string): string | undefined {
  table ??= build();
  return casings!.get(spellingOf(name));
}

/**
 * Whether a word is a people's name made of a country's or a region's, in any language recoupe reads: "Kurdes"
 * (Kurdistan), "Arméniens" (Arménie), "Russians" (Russia), "Anglais" (Angleterre): once its ending goes, what is left
 * is the place's root ("kurd", "armen", "russ") or opens it ("angl"). Not a team's nickname ("Panthers", "Royals",
 * "Phillies", "Islanders", which only open as a country does: "Roya-ume", "Phil-ippines", "Island-e").
 */
export const sharesPlaceStem = memoizeName((word: string): boolean => {
  table ??= build();
  const { roots, prefixes } = peopleRoots!;
  const folded = spellingOf(word);
  const singulars = /[sx]$/.test(folded) ? [folded, folded.slice(0, -1)] : [folded];
  for (const singular of singulars)
    for (const ending of PEOPLE_ENDINGS) {
      if (!singular.endsWith(ending)) continue;
      const stem = singular.slice(0, singular.length - ending.length);
      // A stem of three letters must be a whole root and lose an ending ("ind-iens" of Inde; "Cubs" are no people
      // of Cuba); as a prefix of a root, a stem must lose one too ("Royals" only open "Royaume").
      if (stem.length < ROOT_PREFIX && ending === "") continue;
      if (roots.has(stem) || (stem.length >= ROOT_PREFIX && ending !== "" && prefixes.has(stem))) return true;
    }
  return false;
});

/**
 * The names listed as they are written that start with a word (`lowerWord`, lower-cased) and end in lower case ("Médecins" → "Médecins sans
 * frontières"), with their longest count of words after the first; null when none does. Such a name is only read
 * as written: "La réunion" is no "La Réunion", though a look-up by key would meet it.
 */
export function lowerTailAfter(lowerWord: string): { words: number; forms: ReadonlySet<string> } | null {
  table ??= build();
  return lowerTails!.get(lowerWord) ?? null;
}
