/** Languages whose press writes acronyms in title case ("il Cts", "l'Inps", "el Psoe", "o Ppd"). */
const TITLE_CASE_ACRONYM_LANGUAGES: ReadonlySet<string> = new Set(["it", "es", "pt"]);

/** A capital and two to four lower-case consonants, no vowel anywhere ("Cts", "Rcs", "Pds"). */
const CONSONANTS_ONLY = /^[BCDFGHJKLMNPQRSTVXZ][bcdfghjklmnpqrstvxz]{2,4}$/u;

/**
 * Whether a one-word name is an acronym written in title case, as Italian, Spanish and Portuguese press write them:
 * no person's or place's name is written without a vowel ("il Cts ha detto" was a person on 40 Italian pages). Not in
 * French or English, whose press writes acronyms in capitals, and whose old print, read by OCR, leaves consonant runs
 * that are no names at all ("Npgl").
 */
export function isTitleCaseAcronym(name: string, language: string): boolean {
  return TITLE_CASE_ACRONYM_LANGUAGES.has(language) && CONSONANTS_ONLY.test(name);
}
