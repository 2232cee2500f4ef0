import type { GazetteerEntry } from "./gazetteer.js";

/** A German adjective's weak ending, after a lower-case letter: "Vereinigten", "Europäischen", "Deutschen". */
const GERMAN_WEAK_ADJECTIVE = /(?<=\p{Ll})en$/u;
/** A German noun's genitive ending: "Amtes", "Bundestags". */
const GERMAN_GENITIVE = /(?<=\p{Ll}{2})e?s$/u;

/**
 * The listed forms of a German name of several words declined after an article: its adjectives' weak "-en" back to
 * "-e" and its last noun without a genitive "-s"/"-es" ("den Vereinigten Staaten" → "Vereinigte Staaten", "der
 * Europäischen Union" → "Europäische Union", "des Auswärtigen Amtes" → "Auswärtige Amt"). Empty when nothing declines.
 */
function germanDeclined(name: string): string[] {
  const words = name.split(" ");
  if (words.length < 2) return [];
  const adjectives = words.map((word, index) =>
    index < words.length - 1 ? word.replace(GERMAN_WEAK_ADJECTIVE, "e") : word,
  );
  const last = adjectives[adjectives.length - 1]!;
  const forms = [adjectives.join(" ")];
  if (GERMAN_GENITIVE.test(last)) forms.push([...adjectives.slice(0, -1), last.replace(GERMAN_GENITIVE, "")].join(" "));
  return forms.filter((form) => form !== name);
}

/** The base forms of a Romanian noun with its genitive-dative article: "Ministerului", "Comisiei", "Uniunii", "Băncii". */
function romanianNominatives(word: string): string[] {
  if (word.endsWith("ului")) return [`${word.slice(0, -4)}ul`, word.slice(0, -4)];
  if (word.endsWith("ii")) return [`${word.slice(0, -2)}ea`, `${word.slice(0, -2)}a`];
  if (word.endsWith("ei")) return [`${word.slice(0, -2)}a`];
  return [];
}

/** A Romanian adjective's feminine genitive back to its nominative: "Europene" → "Europeană", "Naționale" → "Națională". */
function romanianAdjective(word: string): string {
  if (word.endsWith("ene")) return `${word.slice(0, -3)}eană`;
  return word.endsWith("e") ? `${word.slice(0, -1)}ă` : word;
}

/**
 * The listed forms of a Romanian name of several words in the genitive-dative: its noun's article and its adjectives
 * back to the nominative ("Comisiei Europene" → "Comisia Europeană", "Uniunii Europene" → "Uniunea Europeană").
 */
function romanianDeclined(name: string): string[] {
  const [head, ...rest] = name.split(" ");
  if (head === undefined || rest.length === 0) return [];
  const adjectives = rest.map(romanianAdjective).join(" ");
  return romanianNominatives(head).map((base) => `${base} ${adjectives}`);
}

/** A name's forms as listed when it is declined as a whole (`germanDeclined`, `romanianDeclined`). */
function declined(name: string, language: string): string[] {
  if (!name.includes(" ")) return [];
  if (language === "de") return germanDeclined(name);
  return language === "ro" ? romanianDeclined(name) : [];
}

/**
 * A name's form as listed, when the language inflects names and the gazetteer lists their base form: German's
 * genitive "-s" ("Russlands" → "Russland", "Europas" → "Europa"), Romanian's enclitic article ("Rusiei" → "Rusia",
 * "Kievului" → "Kiev", "Parisul" → "Paris"). Empty when the language does not, or the name has no such ending.
 * German names of several words are declined apart (`germanDeclined`).
 */
export function uninflected(name: string, language: string): string[] {
  if (language === "de") return !name.includes(" ") && /\p{Ll}s$/u.test(name) ? [name.slice(0, -1)] : [];
  if (language !== "ro") return [];
  if (name.endsWith("ului")) return [name.slice(0, -4)];
  if (name.endsWith("ul")) return [name.slice(0, -2)];
  if (name.endsWith("ei")) return [`${name.slice(0, -2)}a`];
  return [];
}

/** The gazetteer's entry for a name as written, else for its base form (see `uninflected`, `germanDeclined`). */
export function gazetteerOfInflected(
  name: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): GazetteerEntry | undefined {
  const known = names.gazetteer(name);
  if (known !== undefined) return known;
  for (const base of uninflected(name, language)) {
    const entry = names.gazetteer(base);
    // In German only places inflect so ("Chinas"); an organisation's "s" is its own ("Lloyds", "Barclays"). Romanian's
    // article goes on every noun ("Pentagonului", "Guvernului").
    if (entry?.type === "place" || (entry !== undefined && language === "ro")) return entry;
  }
  for (const base of declined(name, language)) {
    const entry = names.gazetteer(base);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * Whether `name` is a listed place in an inflected form ("Frankreichs", "Ucrainei", "der Vereinigten Staaten"): a
 * genitive, so after a title it is the title's complement ("Präsident Frankreichs", "Președintele Ucrainei"), never its
 * holder.
 */
export function isInflectedPlace(
  name: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): boolean {
  return [...uninflected(name, language), ...declined(name, language)].some(
    (base) => names.gazetteer(base)?.type === "place",
  );
}

/** Romanian's genitive-dative article on a noun: "Energiei", "Capitalei", "Ministerului", "Camerei", "Românilor". */
const ROMANIAN_GENITIVE = /\p{Ll}(?:ului|ei|ii|lor)$/u;

/**
 * Whether `name`, after a title or a role, is its complement in the genitive, not its holder: a listed place
 * declined ("Präsident Frankreichs", "Președintele Ucrainei"), or in Romanian any name whose first word carries the
 * genitive article ("Ministrul Energiei", "Primarul Capitalei", "Președintele Camerei Deputaților"), unless that word
 * is a given name (`isGivenName`: "Andrei").
 */
export function isTitleComplement(
  name: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
  isGivenName: (word: string) => boolean,
): boolean {
  if (isInflectedPlace(name, language, names)) return true;
  const first = name.split(" ")[0]!;
  return language === "ro" && ROMANIAN_GENITIVE.test(first) && !isGivenName(first);
}

/**
 * Whether `word`, in German, is a listed place in the genitive, which names whose is the noun after it and ends its own
 * name there ("Dortmunds Sportdirektor Sebastian Kehl", "Niedersachsens Ministerpräsident Stephan Weil").
 */
export function isGenitivePlace(
  word: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): boolean {
  return language === "de" && names.gazetteer(word) === undefined && isInflectedPlace(word, language, names);
}

/** A German adjective of a place: "Genfer", "Berliner", "Münchner", "Kölner", "Bremer" (the town's name and "-er"). */
const GERMAN_PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;

/**
 * The listed place a German adjective in "-er" is made of ("Genfer" → Genf, "Münchner" → München, "Bremer" → Bremen),
 * when `word` is one and not a listed name itself. Such an adjective qualifies the noun after it ("Genfer See",
 * "Berliner Senat", "Münchner Polizei", "Genfer Treffen"): it neither ends a name nor makes it a person's.
 */
export function germanPlaceAdjective(
  word: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): GazetteerEntry | undefined {
  if (language !== "de" || !GERMAN_PLACE_ADJECTIVE.test(word) || names.gazetteer(word) !== undefined) return undefined;
  const stem = word.slice(0, -2);
  for (const base of [stem, `${stem}en`, `${word.slice(0, -3)}en`]) {
    const entry = names.gazetteer(base);
    if (entry?.type === "place") return entry;
  }
  return undefined;
}
