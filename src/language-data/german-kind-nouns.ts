/**
 * German nouns, folded, that say what kind of institution a name is, alone or ending a compound: before a name
 * ("Nachrichtenagentur Interfax", "Lokführergewerkschaft GDL", "Sender Sky"), opening one ("Bundesverband der Deutschen
 * Industrie") or ending it ("Statistisches Bundesamt", "Frankfurter Börse"). German writes them capitalised, so they
 * run into names; other languages write them in lower case ("l'agence Interfax").
 */
export const GERMAN_ORGANIZATION_KINDS: readonly string[] = [
  "agentur",
  "gewerkschaft",
  "partei",
  "fraktion",
  "konzern",
  "verband",
  "zeitung",
  "zeitschrift",
  "magazin",
  "sender",
  "unternehmen",
  "firma",
  "gruppe",
  "verein",
  "klub",
  "club",
  "hersteller",
  "behorde",
  "organisation",
  "stiftung",
  "fluggesellschaft",
  "airline",
  "bank",
  "versicherer",
  "mannschaft",
  "miliz",
  "bundnis",
  "bewegung",
  "ministerium",
  "institut",
  "universitat",
  "dienst",
  "gericht",
  "amt",
  "kommission",
  "versammlung",
  "borse",
  "polizei",
  "senat",
  "staatsanwaltschaft",
  "feuerwehr",
];

/**
 * German nouns, folded, for a kind of settlement or island: before a name they say what it is ("nahe der Stadt
 * Bachmut", "auf der Insel Rügen") and are no part of it. An administrative area's noun is part of its name: "Landkreis
 * Harburg", "Region Hannover", "Provinz Cherson" are not the towns.
 */
export const GERMAN_PLACE_KINDS: ReadonlySet<string> = new Set([
  ...["stadt", "hauptstadt", "kleinstadt", "grossstadt", "hafenstadt", "metropole", "dorf", "ortschaft", "gemeinde"],
  "insel",
]);

/** German nouns, folded, for other kinds of named things, before their name ("Gaspipeline Nord Stream"). */
export const GERMAN_OTHER_KINDS: readonly string[] = ["pipeline", "plattform", "portal", "netzwerk"];

/**
 * German nouns, folded, that end a compound whose first part is a place, or endings of such nouns: the compound is an
 * event, a policy or a thing of that place ("Ukraine-Krise", "Nahost-Konflikt", "China-Reise", "Russland-Sanktionen"),
 * not a district of it ("Berlin-Mitte", "Hamburg-Altona").
 */
export const GERMAN_COMPOUND_HEADS: readonly string[] = [
  ...["krise", "krieg", "konflikt", "gipfel", "reise", "besuch", "abkommen", "gesprach", "gesprache", "streit"],
  ...["sanktionen", "politik", "hilfe", "frage", "deal", "strategie", "kurs", "grenze", "invasion", "offensive"],
  ...["angriff", "wahl", "wahlen", "plan", "einsatz", "mission", "geschaft", "handel", "markt", "beauftragte"],
  ...["ung", "heit", "keit", "schaft", "ismus"],
];
