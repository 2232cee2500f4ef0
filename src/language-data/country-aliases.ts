/**
 * Names the news gives countries beside the ones `Intl.DisplayNames` knows, by ISO 3166 code: a short or former
 * name ("Britain", "Swaziland", "East Timor", "Macedonia"), an acronym ("UAE"). Great Britain is the United Kingdom
 * here, as the news writes it ("le Premier ministre de Grande-Bretagne"). Written from general knowledge.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GB: [
    "Britain",
    "Great Britain",
    "Grande-Bretagne",
    "Gran Bretaña",
    "Großbritannien",
    "Gran Bretagna",
    "Grã-Bretanha",
    "Marea Britanie",
  ],
  VA: ["Vatican", "Vaticano", "Vatikan", "Cité du Vatican", "Città del Vaticano", "Ciudad del Vaticano"],
  AE: ["UAE"],
  BA: ["Bosnia", "Bosnie", "Bosnien", "Bósnia", "Bosnia-Herzegovina", "Bosnie-Herzégovine"],
  MK: ["Macedonia", "Macédoine", "Mazedonien", "Macedónia"],
  TL: ["East Timor", "Timor oriental", "Timor Oriental", "Osttimor", "Timor Est"],
  SZ: ["Swaziland", "Suazilandia", "Swasiland", "Suazilândia"],
};
