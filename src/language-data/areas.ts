/**
 * Regions, seas and countries often in the news under names `Intl.DisplayNames` does not give (or not in every
 * language recoupe reads), one entry per place with its names in those languages (the first is the French name).
 * No town among them: a town's name is listed in `cities.ts` or `towns.ts`, which the gazetteer marks as settlements.
 * Matched case- and accent-insensitively.
 */
export const AREAS: readonly (readonly string[])[] = [
  ["Crimée", "Crimea", "Krim", "Crimeia"],
  ["Donbass", "Donbas"],
  ["Cisjordanie", "West Bank", "Cisjordania", "Westjordanland", "Cisgiordania", "Cisjordânia"],
  ["Sibérie", "Siberia", "Sibirien", "Sibéria"],
  ["Catalogne", "Catalonia", "Cataluña", "Katalonien", "Catalogna", "Catalunha"],
  ["Bavière", "Bavaria", "Baviera", "Bayern"],
  ["Corse", "Corsica", "Córcega", "Korsika"],
  ["Alsace", "Elsass"],
  ["Bretagne", "Brittany", "Bretaña"],
  ["Normandie", "Normandy", "Normandía"],
  ["Sicile", "Sicily", "Sicilia", "Sizilien"],
  ["Sardaigne", "Sardinia", "Cerdeña", "Sardinien", "Sardegna"],
  ["Transylvanie", "Transylvania", "Transilvania", "Siebenbürgen", "Transilvânia"],
  ["Moldavie"],
  ["Écosse", "Scotland", "Escocia", "Schottland", "Scozia", "Escócia", "Scoția"],
  ["Angleterre", "England", "Inglaterra", "Inghilterra", "Anglia"],
  ["Pays de Galles", "Wales", "Gales", "Galles"],
  ["Corée", "Korea", "Corea", "Coreia", "Coreea"],
  ["Méditerranée", "Mediterranean", "Mediterráneo", "Mittelmeer", "Mediterraneo", "Mediterrâneo", "Marea Mediterană"],
  ["mer Noire", "Black Sea", "Mar Negro", "Schwarzes Meer", "Mar Nero", "Marea Neagră"],
  ["mer Baltique", "Baltic Sea", "Mar Báltico", "Ostsee", "Mar Baltico", "Marea Baltică"],
  ["Atlantique", "Atlantic", "Atlántico", "Atlantik", "Atlantico"],
  ["Pacifique", "Pacific", "Pacífico", "Pazifik", "Pacifico"],
  [
    "Russie",
    "Fédération de Russie",
    "Russian Federation",
    "Federación de Rusia",
    "Russische Föderation",
    "Federazione Russa",
    "Federação Russa",
    "Federația Rusă",
  ],
  ["Occident", "West", "Occidente", "Westen", "Ocidente", "Vest"],
  ["Bélarus", "Belarus", "Biélorussie", "Bielorrusia", "Weißrussland", "Bielorussia", "Bielorrússia", "Belarus"],
  // Countries under the abbreviations the news uses: "U.S." (English wires), "EE. UU." (Spanish), "EUA" (Portuguese),
  // "SUA" (Romanian).
  // Romanian's short name, with its article, and its genitive ("Statele Unite", "Statelor Unite").
  ["États-Unis", "U.S.", "U.S.A.", "USA", "US", "EE. UU.", "EEUU", "EUA", "SUA", "Statele Unite", "Statelor Unite"],
  ["Royaume-Uni", "U.K.", "UK"],
  // Countries under the names the news uses, where the CLDR's are others ("Côte d’Ivoire", "Chequia").
  [
    "Côte d'Ivoire",
    "Ivory Coast",
    "Costa de Marfil",
    "Elfenbeinküste",
    "Costa d'Avorio",
    "Costa do Marfim",
    "Coasta de Fildeș",
  ],
  [
    "Tchéquie",
    "République tchèque",
    "Czech Republic",
    "República Checa",
    "Tschechische Republik",
    "Repubblica Ceca",
    "República Tcheca",
    "Republica Cehă",
  ],
];
