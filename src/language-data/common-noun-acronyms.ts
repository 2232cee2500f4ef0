/**
 * Acronyms that are common nouns, as written: the news writes them in capitals, but they name a kind of thing, never
 * one person, place or organisation ("le PIB", "l'ONG Human Rights Watch", "GDP grew", "la TVA"). Not those that also
 * name one organisation often enough ("RSA"; "SUS", Brazil's health system); "TVA", also a Quebec network, stays: the
 * tax is far more often meant. Written from general knowledge, grouped by language; each is blocked in every language.
 */
export const COMMON_NOUN_ACRONYMS: readonly string[] = [
  // fr
  "PIB",
  "TVA",
  "ONG",
  "PME",
  "TPE",
  "ETI",
  "SDF",
  "CDI",
  "CDD",
  "IVG",
  "PMA",
  "GPA",
  "OGM",
  "HLM",
  "BTP",
  "ADN",
  "VIH",
  "IRM",
  "EHPAD",
  "Ehpad",
  "SUV",
  "QCM",
  "AVC",
  "KO",
  // "Messieurs" without its period, as OCR and hurried typing leave it ("MM, Emile Schaeffer"): an honorific.
  "MM",
  // Devices and formats, in every language ("un DVD", "par SMS", "le GPS"); not "CD" ("CD&V") nor "DJ" ("DJ Snake")
  "DVD",
  "SMS",
  "GPS",
  "USB",
  "PDF",
  "LED",
  // en
  "GDP",
  "GNP",
  "CEO",
  "CFO",
  "NGO",
  "IPO",
  "VAT",
  "GMO",
  "DNA",
  "HIV",
  "MRI",
  "LNG",
  "LPG",
  "CPI",
  // es, pt, it, ro, de
  "IVA",
  "PYME",
  "PIL",
  "SIDA",
  "BIP",
  "NRO",
];
