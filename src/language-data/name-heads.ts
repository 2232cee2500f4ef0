/** Roads and squares in Spanish, Portuguese, Italian and Romanian ("avenida", "corso", "bulevardul"), folded. */
export const ROAD_HEADS: readonly string[] = [
  "avenida",
  "paseo",
  "bulevar",
  "travessa",
  "corso",
  "viale",
  "vicolo",
  "bulevardul",
  "calea",
  "soseaua",
  "aleea",
];

/**
 * Heads of a country's parts that are part of their name, which also stands alone: "canton de Vaud" is Vaud, "duché de
 * Bourgogne", "principauté de Monaco". Folded.
 */
export const TERRITORY_HEADS: readonly string[] = ["canton", "duche", "principaute"];

/**
 * Heads that stay part of the name when written in lower case before it ("mer Noire", "ministère de la Défense",
 * "rue de Lausanne"), unlike generic ones ("la ville de Kharkiv" names Kharkiv). Folded.
 */
export const LOWERCASE_NAME_HEADS: readonly string[] = [
  "mer",
  "ocean",
  "lac",
  "mont",
  "golfe",
  "detroit",
  "ile",
  "iles",
  "rue",
  "boulevard",
  "avenue",
  "place",
  "quai",
  "pont",
  "palais",
  "ministere",
  "departement",
  "universite",
  "banque",
  "parti",
  "fleuve",
  "riviere",
  "baie",
  "cap",
  // Not "col" (Italian "with the": "col Presidente").
  "pointe",
  ...TERRITORY_HEADS,
  "sea",
  "lake",
  "mount",
  "river",
  "ministry",
  "department",
  "university",
  "mar",
  "lago",
  "monte",
  "rio",
  "calle",
  "plaza",
  "piata",
  ...ROAD_HEADS,
  "ministerio",
  "universidad",
  "mare",
  "piazza",
  "ministero",
  "universita",
  "rua",
  "praca",
  "ministerul",
  "strada",
  "marea",
  "lacul",
];

/**
 * Heads of the name of a building or a venue, often named after someone ("hôtel Président Wilson", "aéroport Charles
 * de Gaulle", "lycée Jean Jaurès", "hospital Gregorio Marañón"): part of the name when the name follows right after
 * them, but not across "de" ("l'hôpital de Kharkiv" is a hospital in Kharkiv, which stays a place of its own). Folded.
 */
export const ADJACENT_NAME_HEADS: readonly string[] = [
  // fr
  "hotel",
  "aeroport",
  "lycee",
  "college",
  "stade",
  "hopital",
  "gare",
  "musee",
  // es, pt
  "aeropuerto",
  "estadio",
  "hospital",
  "colegio",
  "museo",
  "museu",
  // it
  "aeroporto",
  "stadio",
  "ospedale",
  "liceo",
  // ro
  "aeroportul",
  "stadionul",
  "spitalul",
  "liceul",
  "muzeul",
  "hotelul",
];

/**
 * Phrases before a lower-case head that make it part of an idiom, not a name's head: "à la place de Diego Forlán"
 * (instead of), "mise en place", "sur place". Folded words, by head.
 */
export const IDIOM_BEFORE_HEAD: Readonly<Record<string, readonly (readonly string[])[]>> = {
  place: [["a", "la"], ["en"], ["sur"]],
};
