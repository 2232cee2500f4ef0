import type { SupportedLanguage } from "./languages.js";

/**
 * Cues that a sentence only reports a claim rather than asserting it: attribution to another outlet or
 * unnamed sources, hearsay adverbs, and conditional/reportive verb forms ("aurait", "would", "soll").
 * Phrases are matched whole, case-insensitive; suffixes against words of six letters or more.
 */
export interface ReportingCues {
  phrases: readonly string[];
  conditionalSuffixes: readonly string[];
}

export const REPORTING_CUES: Partial<Record<SupportedLanguage, ReportingCues>> = {
  fr: {
    phrases: [
      "selon",
      "d'après",
      "d’après",
      "rapporte",
      "rapportent",
      "aurait",
      "auraient",
      "serait",
      "seraient",
      "pourrait",
      "pourraient",
      "de source",
      "affirme-t-on",
      "dit-on",
      "citée par",
      "cité par",
      "à en croire",
    ],
    conditionalSuffixes: ["rait", "raient"],
  },
  en: {
    phrases: [
      "according to",
      "reportedly",
      "reported",
      "reports",
      "would",
      "could",
      "allegedly",
      "sources said",
      "is said to",
      "are said to",
      "quoted by",
      "cited by",
    ],
    conditionalSuffixes: [],
  },
  es: {
    phrases: [
      "según",
      "de acuerdo con",
      "informa",
      "informó",
      "supuestamente",
      "habría",
      "habrían",
      "sería",
      "serían",
      "citado por",
      "citada por",
    ],
    conditionalSuffixes: ["ría", "rían"],
  },
  de: {
    phrases: [
      "laut",
      "zufolge",
      "angeblich",
      "berichtet",
      "berichtete",
      "soll",
      "sollen",
      "sollte",
      "wäre",
      "hätte",
      "nach angaben",
    ],
    conditionalSuffixes: [],
  },
  it: {
    phrases: [
      "secondo",
      "stando a",
      "riferisce",
      "riferito",
      "avrebbe",
      "avrebbero",
      "sarebbe",
      "sarebbero",
      "citato da",
      "citata da",
    ],
    conditionalSuffixes: ["rebbe", "rebbero"],
  },
  pt: {
    phrases: [
      "segundo",
      "de acordo com",
      "conforme",
      "informa",
      "informou",
      "teria",
      "teriam",
      "seria",
      "seriam",
      "supostamente",
      "citado por",
    ],
    conditionalSuffixes: ["ria", "riam"],
  },
  ro: {
    phrases: ["potrivit", "conform", "citat de", "citată de", "relatează", "ar fi", "ar putea", "ar urma", "se pare"],
    conditionalSuffixes: [],
  },
};
