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
];

/** German nouns, folded, for other kinds of named things, before their name ("Gaspipeline Nord Stream"). */
export const GERMAN_OTHER_KINDS: readonly string[] = ["pipeline", "plattform", "portal", "netzwerk"];
