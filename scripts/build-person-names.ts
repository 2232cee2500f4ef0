// Writes src/language-data/faker-given-names.ts: the given names of `@faker-js/faker`'s French, Spanish, German,
// Italian, Portuguese and Romanian locales that the curated list (first-names.ts) lacks, less every name that
// is also a word, a place or a month. Faker and the spelling dictionaries are devDependencies: the generated list is
// committed, the packages are not needed to run recoupe.
//   node --import tsx scripts/build-person-names.ts
// Why the filters: a given name makes the capitalised word after it a person's name, so a given name that is also a
// common word splits or invents names: "Islam" (Seif el-Islam Kadhafi), "Will", "May", "Aurore", "Speranza". A word
// is a name only when the hunspell dictionary of its language, and the French, English, Italian and German ones (which,
// unlike the Spanish, Portuguese and Romanian ones, list no given names in lower case), and the inflected French forms
// of `an-array-of-french-words`, have no lower-case entry for it, accents and case folded as `isFirstName` folds them
// ("Libère" is "libéré", "Sante" is "santé"). Nor a surname the news names a person by alone ("Lula", of "Luiz Inácio
// Lula da Silva", `well-known-people.ts`). Places ("Austin", "Florence", "Victoria") and months ("Avril", "August")
// stay what the gazetteer says they are.
// Not the English locale: its 3,000 names are American first names that are as often surnames, places or words
// ("Reagan", "Trenton", "West", "Easter"); on Reuters-21578 they split "West German" and made "Reagan Administration"
// a person, and the French NER sets gained nothing from them.
import { writeFileSync } from "node:fs";
import { de, es, es_MX, fr, fr_BE, fr_CH, it, type LocaleDefinition, pt_BR, pt_PT, ro, ro_MD } from "@faker-js/faker";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../src/language-data/calendar-words.js";
import { FAMILY_BRANDS } from "../src/language-data/family-brands.js";
import { FIRST_NAMES } from "../src/language-data/first-names.js";
import { GEONAMES_TOWNS } from "../src/language-data/geonames-towns.js";
import { WELL_KNOWN_PEOPLE } from "../src/language-data/well-known-people.js";
import { foldedNameSet } from "../src/stages/extract/entities/folded-name-set.js";
import { lookupGazetteer } from "../src/stages/extract/entities/gazetteer.js";
import { foldAccents } from "../src/stages/segment/index.js";
import { frenchForms, hunspellWords } from "./dictionary-words.js";

type Language = "fr" | "es" | "de" | "it" | "pt" | "ro" | "en";

const LOCALES: readonly [Language, LocaleDefinition][] = [
  ["fr", fr],
  ["fr", fr_BE],
  ["fr", fr_CH],
  ["es", es],
  ["es", es_MX],
  ["de", de],
  ["it", it],
  ["pt", pt_BR],
  ["pt", pt_PT],
  ["ro", ro],
  ["ro", ro_MD],
];

/** Dictionaries that hold no given names in lower case: a name written there in lower case is a word in any text. */
const SHARED_DICTIONARIES: readonly Language[] = ["fr", "en", "it", "de"];

const dictionaries = new Map<Language, Set<string>>();
const french = frenchForms();
const wordsOf = (language: Language): Set<string> => {
  let words = dictionaries.get(language);
  if (words === undefined) {
    words = hunspellWords(language);
    dictionaries.set(language, words);
  }
  return words;
};

const curated = foldedNameSet(FIRST_NAMES);
/** Surnames the news names people by alone ("Lula", "Castro"): a short form of the full name, never a given name. */
const wellKnownSurnames = new Set(WELL_KNOWN_PEOPLE.flat().map((word) => foldAccents(word)));
/** GeoNames' towns, read from the list itself: `townEntryOf` leaves out the towns named like a given name of this list. */
const towns = new Set(GEONAMES_TOWNS.split("|").map((town) => foldAccents(town)));
const calendar = new Set(
  [...Object.values(MONTH_NAMES), ...Object.values(WEEKDAY_NAMES)].flat(2).map((word) => foldAccents(word)),
);

function isKept(name: string, language: Language): boolean {
  if (name.length < 3 || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name)) return false;
  const folded = foldAccents(name);
  if (curated.has(folded) || calendar.has(folded) || wellKnownSurnames.has(folded)) return false;
  if (french.has(folded) || wordsOf(language).has(folded)) return false;
  if (SHARED_DICTIONARIES.some((shared) => wordsOf(shared).has(folded))) return false;
  return lookupGazetteer(name) === undefined && !towns.has(folded);
}

/** The one-word names of `kind` that `isKept` keeps, each once (folded), by the language of the locale listing it. */
function namesByLanguage(kind: "first_name" | "last_name", locales: readonly [Language, LocaleDefinition][]) {
  const byLanguage = new Map<Language, Set<string>>();
  const seen = new Set<string>();
  for (const [language, locale] of locales) {
    const names = Object.values(locale.person?.[kind] ?? {}).flat() as string[];
    for (const written of names) {
      const name = written.normalize("NFC");
      if (seen.has(foldAccents(name)) || !isKept(name, language)) continue;
      seen.add(foldAccents(name));
      const list = byLanguage.get(language) ?? new Set<string>();
      list.add(name);
      byLanguage.set(language, list);
    }
  }
  return { byLanguage, count: seen.size };
}

/** Writes one generated list: `{ language: "Name Name …" }`, each language's names sorted. */
function write(file: string, exported: string, doc: string, byLanguage: ReadonlyMap<Language, ReadonlySet<string>>) {
  const entries = [...byLanguage]
    .map(([language, names]) => `  ${language}: ${JSON.stringify([...names].sort().join(" "))},`)
    .join("\n");
  const header = `/**\n${doc.replace(/^/gm, " * ")}\n * Generated by \`scripts/build-person-names.ts\`; do not edit.\n */`;
  const source = `${header}\nexport const ${exported}: Record<string, string> = {\n${entries}\n};\n`;
  writeFileSync(new URL(`../src/language-data/${file}`, import.meta.url), source);
  const sizes = [...byLanguage].map(([language, names]) => `${language} ${names.size}`).join(", ");
  console.log(`${file}: ${[...byLanguage.values()].reduce((sum, names) => sum + names.size, 0)} names (${sizes})`);
}

const given = namesByLanguage("first_name", LOCALES);
write(
  "faker-given-names.ts",
  "FAKER_GIVEN_NAMES",
  `Given names of \`@faker-js/faker\` 10.6.0 (MIT), by the language of the locale that lists them (fr, fr_BE, fr_CH; es,
es_MX; de; it; pt_BR, pt_PT; ro, ro_MD): ${given.count} one-word names the curated list (\`first-names.ts\`) lacks, none
of them a lower-case word of the hunspell dictionaries (\`dictionary-*\`), a listed place, a GeoNames town or a month.`,
  given.byLanguage,
);

// Surnames: not fr_BE's (English surnames, as in the English locale) nor the English locale's; none a given name, and
// no brand named after a family ("Ferrari", `family-brands.ts`).
for (const names of given.byLanguage.values()) for (const name of names) curated.add(foldAccents(name));
for (const brand of FAMILY_BRANDS) curated.add(foldAccents(brand));
const surnames = namesByLanguage(
  "last_name",
  LOCALES.filter(([, locale]) => locale !== fr_BE),
);
write(
  "faker-surnames.ts",
  "FAKER_SURNAMES",
  `Surnames of \`@faker-js/faker\` 10.6.0 (MIT), by the language of the locale that lists them (fr, fr_CH; es, es_MX; de;
it; pt_BR, pt_PT; ro, ro_MD): ${surnames.count} one-word names, none of them a given name, a lower-case word of the
hunspell dictionaries (\`dictionary-*\`), a brand named after a family (\`family-brands.ts\`), a listed place, a GeoNames
town or a month.`,
  surnames.byLanguage,
);
