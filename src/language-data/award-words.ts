/**
 * Words that name a prize, an award, a trophy or a medal, folded, in the languages recoupe reads: the first or last
 * word of a prize's name ("Premio Nobel", "Nobel Prize", "Prix Goncourt", "Premiul Nobel", "Karlspreis" aside), which
 * is nobody's name, though "Premio Sajarov" has the shape of a person's.
 */
export const AWARD_WORDS: readonly string[] = [
  "prize",
  "prizes",
  "award",
  "awards",
  "trophy",
  "medal",
  "prix",
  "trophee",
  "medaille",
  "premio",
  "premios",
  "premi",
  "trofeo",
  "medalla",
  "medaglia",
  "medalha",
  "trofeu",
  "preis",
  "premiul",
  "premiile",
  "trofeul",
  "medalia",
];
