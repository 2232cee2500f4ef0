import type { SupportedLanguage } from "./languages.js";

/**
 * Words written right before a date that schedule something for it ("le sommet, prévu vendredi, a été annulé", "the
 * meeting scheduled for Thursday was cancelled"): the date was to come when it was set. Lower-case, matched whole,
 * right before the date expression (an article between allowed: "prevista para el viernes"). See also
 * `MOVED_TO_WORDS`.
 */
export const SCHEDULING_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "prévu le",
    "prévue le",
    "prévus le",
    "prévues le",
    "prévu pour",
    "prévue pour",
    "programmé",
    "programmée",
    "programmé le",
    "programmée le",
    "programmé pour",
    "programmée pour",
    "fixé au",
    "fixée au",
  ],
  en: ["scheduled for", "scheduled on", "set for", "slated for", "planned for", "due on"],
  es: [
    "previsto para",
    "prevista para",
    "previsto el",
    "prevista el",
    "programado para",
    "programada para",
    "fijado para",
    "fijada para",
  ],
  de: ["geplant für", "angesetzt für", "vorgesehen für", "terminiert auf"],
  it: ["previsto per", "prevista per", "in programma", "fissato per", "fissata per"],
  pt: ["previsto para", "prevista para", "marcado para", "marcada para", "agendado para", "agendada para"],
  ro: ["programat pentru", "programată pentru", "prevăzut pentru", "prevăzută pentru"],
  nl: ["gepland voor", "gepland op"],
};

/**
 * Words that call off or move what was scheduled ("annulé", "cancelled", "aplazado"): with one in its sentence, a
 * scheduled date is to come although the clause is in the past ("le sommet, prévu vendredi, a été annulé"); without
 * one, a past clause says the scheduled day has come ("la réunion prévue jeudi s'est tenue"). Lower-case.
 */
export const CALLING_OFF_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    "annulé",
    "annulée",
    "annulés",
    "annulées",
    "reporté",
    "reportée",
    "reportés",
    "reportées",
    "suspendu",
    "suspendue",
    "ajourné",
    "ajournée",
    "repoussé",
    "repoussée",
  ],
  en: [
    "cancelled",
    "canceled",
    "postponed",
    "called off",
    "scrapped",
    "delayed",
    "suspended",
    "put off",
    "pushed back",
  ],
  es: ["cancelado", "cancelada", "suspendido", "suspendida", "aplazado", "aplazada", "pospuesto", "pospuesta"],
  de: ["abgesagt", "verschoben", "ausgesetzt", "vertagt"],
  it: ["annullato", "annullata", "rinviato", "rinviata", "sospeso", "sospesa", "cancellato", "cancellata"],
  pt: ["cancelado", "cancelada", "adiado", "adiada", "suspenso", "suspensa"],
  ro: ["anulat", "anulată", "amânat", "amânată", "suspendat", "suspendată"],
  nl: ["afgelast", "uitgesteld", "geannuleerd", "opgeschort"],
};

/**
 * Words written right before the date something was moved to ("reporté à mardi", "postponed to Thursday",
 * "aplazado al viernes"): a date to come, and never the day the move is reported (a Tuesday's "reporté à mardi" is
 * the next Tuesday). Lower-case, matched as `SCHEDULING_WORDS` are.
 */
export const MOVED_TO_WORDS: Record<SupportedLanguage, readonly string[]> = {
  fr: [
    "reporté à",
    "reportée à",
    "reportés à",
    "reportées à",
    "reporté au",
    "reportée au",
    "repoussé à",
    "repoussée à",
    "repoussé au",
    "repoussée au",
    "décalé à",
    "décalée à",
    "décalé au",
    "décalée au",
    "renvoyé à",
    "renvoyée à",
    "ajourné à",
    "ajournée à",
  ],
  en: [
    "postponed to",
    "postponed until",
    "rescheduled for",
    "rescheduled to",
    "pushed back to",
    "pushed back until",
    "delayed to",
    "delayed until",
    "put off until",
    "moved to",
  ],
  es: [
    "aplazado al",
    "aplazada al",
    "aplazado hasta el",
    "aplazada hasta el",
    "aplazado para",
    "aplazada para",
    "pospuesto al",
    "pospuesta al",
    "pospuesto para",
    "pospuesta para",
    "pospuesto hasta el",
    "pospuesta hasta el",
    "postergado al",
    "postergada al",
    "postergado para",
    "postergada para",
  ],
  de: ["verschoben auf", "vertagt auf", "verlegt auf"],
  it: [
    "rinviato a",
    "rinviata a",
    "rinviato al",
    "rinviata al",
    "posticipato a",
    "posticipata a",
    "posticipato al",
    "posticipata al",
    "spostato a",
    "spostata a",
    "slittato a",
    "slittata a",
  ],
  pt: ["adiado para", "adiada para", "transferido para", "transferida para", "remarcado para", "remarcada para"],
  ro: ["amânat pentru", "amânată pentru", "amânat până", "amânată până", "reprogramat pentru", "reprogramată pentru"],
  nl: ["uitgesteld tot", "verschoven naar"],
};
