/**
 * Words that link a head to its complement inside an institution's or a place's name ("Banque de France",
 * "University of Geneva", "Alliance de l'Atlantique Nord"). Lower-case.
 */
export const HEAD_LINKS: readonly string[] = [
  "de",
  "du",
  "des",
  "d",
  "la",
  "l",
  "le",
  "les",
  "of",
  "the",
  "for",
  "di",
  "del",
  "della",
  "dello",
  "degli",
  "do",
  "da",
  "dos",
  "das",
  "für",
  "fur",
  "der",
  "den",
  "y",
  "et",
  "and",
  "e",
  "si",
  "și",
  "pour",
];

/** The words of `HEAD_LINKS` that join two names rather than a head and its complement, but inside an institution's. */
export const HEAD_CONJUNCTIONS: readonly string[] = ["y", "et", "and", "e", "si", "și"];

/** Plural articles before a word for a group of people ("les Occidentaux", "los Aliados"). Lower-case. */
export const PLURAL_ARTICLES: readonly string[] = [
  "les",
  "des",
  "aux",
  "los",
  "las",
  "os",
  "as",
  "gli",
  "i",
  "le",
  "the",
  "die",
  "de",
  "ii",
  "lor",
];

/** Particles that only ever join names, whatever stands around them ("von der Leyen", "bin Salman"). Lower-case. */
export const STRONG_PARTICLES: readonly string[] = [
  "von",
  "van",
  "der",
  "den",
  "ter",
  "ten",
  "da",
  "dos",
  "das",
  "di",
  "del",
  "della",
  "bin",
  "ibn",
  "al",
  "el",
  "ben",
  "abu",
  "zu",
  "af",
];
