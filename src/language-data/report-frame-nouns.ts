import type { SupportedLanguage } from "./languages.js";

/**
 * Nouns of the setting a statement is reported in, not of what it states ("lors d'une conférence de presse", "in a
 * statement", "en rueda de prensa", "ai giornalisti"), lower-case, as written: two reports sharing them share their
 * frame, not their claim.
 */
export const REPORT_FRAME_NOUNS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["conférence", "presse", "communiqué", "entretien", "interview", "déclaration", "déclarations", "journalistes"],
  en: ["press", "conference", "statement", "interview", "briefing", "reporters", "journalists"],
  es: ["rueda", "prensa", "conferencia", "comunicado", "entrevista", "declaraciones", "periodistas"],
  it: ["conferenza", "stampa", "comunicato", "intervista", "dichiarazioni", "giornalisti"],
  pt: ["coletiva", "imprensa", "conferência", "comunicado", "entrevista", "declarações", "jornalistas"],
  de: ["pressekonferenz", "mitteilung", "interview", "erklärung", "journalisten"],
  ro: ["conferință", "presă", "comunicat", "interviu", "declarație", "jurnaliști"],
  nl: ["persconferentie", "verklaring", "interview", "journalisten"],
};
