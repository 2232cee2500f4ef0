import type { Token } from "../../../domain/text.js";
import type { Candidate } from "./candidate.js";
import { tokenAfter } from "./token-after.js";

/** French definite articles, alone or contracted with "à" and "de", folded as `foldedNormals` writes them. */
const FRENCH_ARTICLES = new Set(["le", "la", "les", "l", "l'", "l’", "du", "des", "au", "aux"]);

/**
 * Whether a name follows a French definite article: right before it (a space apart, in its sentence), in lower case
 * unless it opens the sentence ("le Moulin-Rouge", "au Théâtre Marigny", "des Folies-Bergère"). French puts no article
 * before a person's name ("Le Pen" writes its own with a capital, and a title stands between: "le président Macron"),
 * so several capitalised words there are a place's or a thing's, not a given name and a surname. `normals`: each
 * token's folded normal form.
 */
export function followsFrenchArticle(
  tokens: readonly Token[],
  text: string,
  normals: readonly string[],
  candidate: Candidate,
  language: string,
): boolean {
  if (language !== "fr") return false;
  let first = candidate.lastToken;
  while (first > 0 && tokens[first - 1]!.start >= candidate.nameStart) first--;
  const before = tokens[first - 1];
  return (
    before !== undefined &&
    tokenAfter(tokens, text, first - 1) === tokens[first] &&
    // Capitalised only as its sentence's first word ("Le Moulin-Rouge affiche complet").
    (!before.capitalized || tokens[first - 2]?.sentence !== before.sentence) &&
    FRENCH_ARTICLES.has(normals[first - 1]!)
  );
}
