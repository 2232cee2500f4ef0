import type { Token } from "../../../domain/text.js";
import { DEFINITE_ARTICLES } from "../../../language-data/definite-articles.js";
import { NAME_ARTICLES, NAME_PARTICLES } from "../../../language-data/name-particles.js";
import { type Candidate, firstTokenOf } from "./candidate.js";
import { tokenAfter } from "./token-after.js";

/** Words opening a surname of their own ("Le Pen", "La Russa", "Di Maio", "De Luca"), folded. */
const SURNAME_OPENINGS: ReadonlySet<string> = new Set([...NAME_ARTICLES, ...NAME_PARTICLES]);

/**
 * Whether a name follows a definite article of its language (French, Spanish, Italian): right before it (a space
 * apart, in its sentence), in lower case unless it opens the sentence ("le Moulin-Rouge", "au Théâtre Marigny", "la
 * Guerra Fría", "la Primavera Araba"). These languages put no article before a person's name ("Le Pen" writes its own
 * with a capital, and a title stands between: "le président Macron"), so several capitalised words there are a
 * place's, an event's or a thing's, not a given name and a surname. A surname opening on its own article or particle
 * is left alone in Italian, which writes "la Le Pen", "il La Russa" as it writes "la Meloni" (French and Spanish
 * write "les Los Angeles Lakers", "el Le Monde"). `normals`: each token's folded normal form.
 */
export function followsDefiniteArticle(
  tokens: readonly Token[],
  text: string,
  normals: readonly string[],
  candidate: Candidate,
  language: string,
): boolean {
  const articles = DEFINITE_ARTICLES[language];
  if (articles === undefined) return false;
  const first = firstTokenOf(tokens, candidate);
  const before = tokens[first - 1];
  return (
    before !== undefined &&
    !(language === "it" && SURNAME_OPENINGS.has(normals[first]!)) &&
    tokenAfter(tokens, text, first - 1) === tokens[first] &&
    // Capitalised only as its sentence's first word ("Le Moulin-Rouge affiche complet").
    (!before.capitalized || tokens[first - 2]?.sentence !== before.sentence) &&
    articles.has(normals[first - 1]!)
  );
}
