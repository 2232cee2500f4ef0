import type { SupportedLanguage } from "./languages.js";

export type CalendarUnit = "day" | "week" | "month" | "year";

/** A fixed phrase that names a day relative to the reference date: "hier" = -1. */
export interface RelativeDayWord {
  phrase: string;
  /** Days from the reference date. */
  offset: number;
  /** The phrase is not a date when preceded by one of these words ("por la mañana" = in the morning). */
  notAfter?: readonly string[];
  /** Match the case as written (German nouns: "Morgen" = morning, "morgen" = tomorrow). */
  caseSensitive?: boolean;
}

export interface RelativeDateWords {
  days: readonly RelativeDayWord[];
  /** Every form of each calendar unit word. */
  units: Record<CalendarUnit, readonly string[]>;
  /** Words before or after a unit or weekday meaning "next" ("prochaine", "next", "à venir"). */
  next: readonly string[];
  /** Words meaning "last" ("dernière", "passée", "last", "pasado", "scorso"). */
  last: readonly string[];
  /** Words meaning "this" ("cette", "this", "esta"). */
  current: readonly string[];
  /** Templates for "N units ago" / "in N units": `{n}` the number, `{unit}` a unit word. */
  ago: readonly string[];
  later: readonly string[];
}

export const RELATIVE_DATE_WORDS: Partial<Record<SupportedLanguage, RelativeDateWords>> = {
  fr: {
    days: [
      { phrase: "avant-hier", offset: -2 },
      { phrase: "après-demain", offset: 2 },
      { phrase: "hier", offset: -1, notAfter: ["avant"] },
      { phrase: "aujourd'hui", offset: 0 },
      { phrase: "aujourd’hui", offset: 0 },
      { phrase: "demain", offset: 1, notAfter: ["après", "lendemain"] },
      { phrase: "ce matin", offset: 0 },
      { phrase: "ce soir", offset: 0 },
      { phrase: "cette nuit", offset: 0 },
    ],
    units: {
      day: ["jour", "jours"],
      week: ["semaine", "semaines"],
      month: ["mois"],
      year: ["an", "ans", "année", "années"],
    },
    next: ["prochain", "prochaine", "prochains", "prochaines", "à venir", "suivant", "suivante"],
    last: ["dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent", "précédente"],
    current: ["cette", "ce", "cet"],
    ago: ["il y a {n} {unit}"],
    later: ["dans {n} {unit}", "d'ici {n} {unit}"],
  },
  en: {
    days: [
      { phrase: "the day before yesterday", offset: -2 },
      { phrase: "the day after tomorrow", offset: 2 },
      { phrase: "yesterday", offset: -1 },
      { phrase: "today", offset: 0 },
      { phrase: "tomorrow", offset: 1 },
      { phrase: "tonight", offset: 0 },
      { phrase: "this morning", offset: 0 },
    ],
    units: { day: ["day", "days"], week: ["week", "weeks"], month: ["month", "months"], year: ["year", "years"] },
    next: ["next", "coming", "following"],
    last: ["last", "past", "previous"],
    current: ["this"],
    ago: ["{n} {unit} ago"],
    later: ["in {n} {unit}", "within {n} {unit}"],
  },
  es: {
    days: [
      { phrase: "anteayer", offset: -2 },
      { phrase: "antier", offset: -2 },
      { phrase: "pasado mañana", offset: 2 },
      { phrase: "ayer", offset: -1 },
      { phrase: "hoy", offset: 0 },
      {
        phrase: "mañana",
        offset: 1,
        notAfter: ["la", "esta", "esa", "aquella", "misma", "media", "otra", "una", "cada", "pasado"],
      },
      { phrase: "esta noche", offset: 0 },
    ],
    units: { day: ["día", "días"], week: ["semana", "semanas"], month: ["mes", "meses"], year: ["año", "años"] },
    next: ["próximo", "próxima", "que viene", "entrante", "siguiente"],
    last: ["pasado", "pasada", "último", "última", "anterior"],
    current: ["este", "esta"],
    ago: ["hace {n} {unit}"],
    later: ["dentro de {n} {unit}", "en {n} {unit}"],
  },
  de: {
    days: [
      { phrase: "vorgestern", offset: -2 },
      { phrase: "übermorgen", offset: 2 },
      { phrase: "gestern", offset: -1 },
      { phrase: "heute", offset: 0 },
      { phrase: "morgen", offset: 1, caseSensitive: true, notAfter: ["heute", "gestern", "am", "jeden"] },
    ],
    units: {
      day: ["Tag", "Tage", "Tagen"],
      week: ["Woche", "Wochen"],
      month: ["Monat", "Monate", "Monaten", "Monats"],
      year: ["Jahr", "Jahre", "Jahren", "Jahres"],
    },
    next: ["nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden", "kommender"],
    last: ["letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vorige", "vorigen"],
    current: ["diese", "dieser", "diesen", "dieses", "diesem"],
    ago: ["vor {n} {unit}"],
    later: ["in {n} {unit}"],
  },
  it: {
    days: [
      { phrase: "l'altro ieri", offset: -2 },
      { phrase: "l’altro ieri", offset: -2 },
      { phrase: "altroieri", offset: -2 },
      { phrase: "dopodomani", offset: 2 },
      { phrase: "ieri", offset: -1 },
      { phrase: "oggi", offset: 0 },
      { phrase: "domani", offset: 1 },
      { phrase: "stasera", offset: 0 },
    ],
    units: {
      day: ["giorno", "giorni"],
      week: ["settimana", "settimane"],
      month: ["mese", "mesi"],
      year: ["anno", "anni"],
    },
    next: ["prossimo", "prossima", "entrante", "successivo", "successiva"],
    last: ["scorso", "scorsa", "passato", "passata", "precedente"],
    current: ["questo", "questa", "quest'", "quest’"],
    ago: ["{n} {unit} fa"],
    later: ["tra {n} {unit}", "fra {n} {unit}"],
  },
  pt: {
    days: [
      { phrase: "anteontem", offset: -2 },
      { phrase: "depois de amanhã", offset: 2 },
      { phrase: "ontem", offset: -1 },
      { phrase: "hoje", offset: 0 },
      { phrase: "amanhã", offset: 1, notAfter: ["de", "da", "pela", "esta", "nesta"] },
    ],
    units: { day: ["dia", "dias"], week: ["semana", "semanas"], month: ["mês", "meses"], year: ["ano", "anos"] },
    next: ["próximo", "próxima", "que vem", "seguinte"],
    last: ["passado", "passada", "último", "última", "anterior"],
    current: ["este", "esta", "neste", "nesta"],
    ago: ["há {n} {unit}", "{n} {unit} atrás"],
    later: ["daqui a {n} {unit}", "dentro de {n} {unit}"],
  },
  ro: {
    days: [
      { phrase: "alaltăieri", offset: -2 },
      { phrase: "poimâine", offset: 2 },
      { phrase: "ieri", offset: -1 },
      { phrase: "astăzi", offset: 0 },
      { phrase: "azi", offset: 0 },
      { phrase: "mâine", offset: 1 },
      { phrase: "diseară", offset: 0 },
    ],
    units: {
      day: ["zi", "zile", "ziua"],
      week: ["săptămână", "săptămâna", "săptămâni"],
      month: ["lună", "luna", "luni"],
      year: ["an", "anul", "ani"],
    },
    next: ["viitoare", "viitor", "următoare", "următor", "care vine"],
    last: ["trecută", "trecut", "trecute", "precedentă", "anterioară"],
    current: ["această", "acest", "aceasta", "acesta"],
    ago: ["acum {n} {unit}", "{n} {unit} în urmă"],
    later: ["peste {n} {unit}", "în {n} {unit}"],
  },
};
