import type { SupportedLanguage } from "./languages.js";
import { DUTCH_REPORTING_VERBS } from "./reporting-verbs/dutch-reporting-verbs.js";
import { ENGLISH_REPORTING_VERBS } from "./reporting-verbs/english-reporting-verbs.js";
import { FRENCH_REPORTING_VERBS } from "./reporting-verbs/french-reporting-verbs.js";
import { GERMAN_REPORTING_VERBS } from "./reporting-verbs/german-reporting-verbs.js";
import { ITALIAN_REPORTING_VERBS } from "./reporting-verbs/italian-reporting-verbs.js";
import { PORTUGUESE_REPORTING_VERBS } from "./reporting-verbs/portuguese-reporting-verbs.js";
import { ROMANIAN_REPORTING_VERBS } from "./reporting-verbs/romanian-reporting-verbs.js";
import { SPANISH_REPORTING_VERBS } from "./reporting-verbs/spanish-reporting-verbs.js";

/**
 * Verb forms that introduce or close reported speech ("a déclaré", "said", "dijo", "sagte", "ha detto", "disse",
 * "a spus"), lower-case, as written (participles, present and simple past, third person). Auxiliaries are not
 * listed: "a-t-il ajouté" is matched on "ajouté".
 */
export const REPORTING_VERBS: Record<SupportedLanguage, readonly string[]> = {
  fr: FRENCH_REPORTING_VERBS,
  en: ENGLISH_REPORTING_VERBS,
  es: SPANISH_REPORTING_VERBS,
  de: GERMAN_REPORTING_VERBS,
  it: ITALIAN_REPORTING_VERBS,
  pt: PORTUGUESE_REPORTING_VERBS,
  ro: ROMANIAN_REPORTING_VERBS,
  nl: DUTCH_REPORTING_VERBS,
};
