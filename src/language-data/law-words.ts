/**
 * Words that open a law's name, folded ("Ley de Emergencia", "Loi Travail", "Legge Fornero", "Legea educației"), and
 * that end one in English ("Patriot Act"): a law is nobody, though "Ley de Emergencia" has the shape of a person's
 * name. Not Portuguese "Lei", also a Chinese surname written first ("Lei Jun").
 */
export const LAW_FIRST_WORDS: readonly string[] = ["ley", "loi", "legge", "legea"];
export const LAW_LAST_WORDS: readonly string[] = ["act"];
