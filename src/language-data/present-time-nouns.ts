/**
 * Nouns of time after which a demonstrative points to the present, not back ("Ce vendredi", "This
 * week", "Esta semana"): an opening "Ce" / "This" followed by one of them (or a weekday) is self-contained.
 */
export const PRESENT_TIME_NOUNS: Record<string, ReadonlySet<string>> = {
  fr: new Set([
    "matin",
    "soir",
    "midi",
    "après-midi",
    "semaine",
    "week-end",
    "mois",
    "année",
    "an",
    "jour",
    "hiver",
    "été",
    "printemps",
    "automne",
    "nuit",
  ]),
  en: new Set([
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "season",
  ]),
  es: new Set(["mañana", "tarde", "noche", "semana", "mes", "año", "verano", "invierno"]),
  it: new Set(["mattina", "sera", "settimana", "mese", "anno", "estate", "inverno"]),
  de: new Set(["woche", "monat", "jahr", "morgen", "abend", "sommer", "winter", "wochenende"]),
  pt: new Set(["manhã", "tarde", "noite", "semana", "mês", "ano", "verão", "inverno"]),
  ro: new Set(["săptămână", "lună", "an", "dimineață", "seară", "vară", "iarnă"]),
  nl: new Set(["week", "maand", "jaar", "ochtend", "avond", "zomer", "winter", "weekend"]),
};
