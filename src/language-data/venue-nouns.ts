import type { SupportedLanguage } from "./languages.js";

/**
 * Nouns that name a venue, followed by its proper name ("l'hôtel Président Wilson", "Palais de Genève").
 * Lower-case; matched before one or more capitalised words.
 */
export const VENUE_NOUNS: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [
    "hôtel",
    "palais",
    "centre",
    "salle",
    "villa",
    "château",
    "ambassade",
    "siège",
    "stade",
    "maison",
    "résidence",
    "domaine",
  ],
  en: [
    "hotel",
    "palace",
    "center",
    "centre",
    "hall",
    "villa",
    "castle",
    "embassy",
    "headquarters",
    "stadium",
    "residence",
  ],
  es: ["hotel", "palacio", "centro", "sala", "villa", "castillo", "embajada", "sede", "estadio", "casa", "residencia"],
  de: ["hotel", "palast", "palais", "schloss", "zentrum", "saal", "villa", "botschaft", "stadion", "haus", "residenz"],
  it: [
    "hotel",
    "albergo",
    "palazzo",
    "centro",
    "sala",
    "villa",
    "castello",
    "ambasciata",
    "sede",
    "stadio",
    "casa",
    "residenza",
  ],
  pt: ["hotel", "palácio", "centro", "sala", "villa", "castelo", "embaixada", "sede", "estádio", "casa", "residência"],
  ro: [
    "hotelul",
    "hotel",
    "palatul",
    "palat",
    "centrul",
    "sala",
    "vila",
    "castelul",
    "ambasada",
    "sediul",
    "stadionul",
    "casa",
  ],
};

/**
 * Venue nouns that, before a particle, name the middle of a place, not a venue: "centre de Marseille", "centro
 * di Roma" (but "Centre Pompidou", "Zentrum Paul Klee" are venues). English "house" is in no list: before a
 * capital it starts an institution's name ("House Budget Committee"), and "White House" puts its name first.
 */
export const PART_OF_PLACE_NOUNS: readonly string[] = ["centre", "center", "centro", "zentrum", "centrul"];

/** Lower-case words allowed inside a venue's proper name ("Palais de Genève", "Palace of Westminster"). */
export const NAME_PARTICLES: readonly string[] = [
  "de",
  "des",
  "du",
  "of",
  "the",
  "di",
  "da",
  "do",
  "dos",
  "del",
  "della",
  "von",
  "der",
  "la",
  "le",
  // Arabic names' article ("palais de Mouammar el-Kadhafi", "Bab al-Azizia")
  "el",
  "al",
];
