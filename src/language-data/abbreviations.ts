import type { SupportedLanguage } from "./languages.js";

/**
 * Abbreviations that end with a period but do not end a sentence, lower-cased, without the period.
 * Intl.Segmenter breaks after "M." in "M. Lavrov": the segment stage merges those back.
 */
export const ABBREVIATIONS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "dr", "pr", "st", "ste", "cf", "p", "pp", "env", "vol", "chap", "art", "av", "bd", "éd", "etc", "ex", "fig", "hab", "n", "no", "nos", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "gén", "col", "cdt", "lt", "sgt", "capt", "prof", "vs", "min", "max", "approx", "tél"],
  en: ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon", "pres", "vs", "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "dept", "est", "fig"],
  es: ["sr", "sra", "srta", "d", "dña", "dr", "dra", "lic", "ing", "prof", "gral", "cnel", "pág", "págs", "núm", "art", "etc", "ej", "ee.uu", "uu", "vs", "aprox", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic", "ud", "uds", "av", "avda"],
  de: ["hr", "hrn", "fr", "dr", "prof", "st", "bzw", "ca", "usw", "vgl", "z.b", "d.h", "u.a", "nr", "abs", "art", "bd", "jan", "feb", "febr", "aug", "sept", "okt", "nov", "dez", "mio", "mrd", "evtl", "ggf", "inkl", "sog", "str"],
  it: ["sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "avv", "ing", "on", "sen", "gen", "col", "ecc", "es", "pag", "art", "nr", "n", "gen", "feb", "apr", "ago", "sett", "ott", "nov", "dic", "mons", "s.p.a"],
  pt: ["sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "gen", "cel", "art", "pág", "n", "nº", "etc", "ex", "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez", "av", "vs"],
  ro: ["dl", "dna", "d-na", "d-l", "dr", "prof", "ing", "gen", "col", "lt", "nr", "art", "alin", "etc", "ian", "feb", "febr", "apr", "aug", "sept", "oct", "noc", "dec", "str", "bd", "jud", "mun", "pag", "vs"],
  nl: ["dhr", "mevr", "mr", "dr", "prof", "ir", "drs", "ing", "st", "nr", "blz", "bijv", "enz", "o.a", "i.p.v", "jan", "feb", "mrt", "apr", "aug", "sep", "sept", "okt", "nov", "dec", "ca"],
};
