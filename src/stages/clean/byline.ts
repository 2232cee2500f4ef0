import { hasMoreWordsThan } from "./more-words-than.js";

/** "Par Jean Dupont", "By Jane Doe and John Roe", "Por María López | Madrid", "Von Hans Müller", "Auteur : X". */
const BYLINE =
  /^(?:(?:[Pp]ar|PAR|[Bb]y|BY|[Pp]or|POR|[Vv]on|VON|[Dd]i|[Dd]e)\s+|(?:[Aa]uteur|[Aa]uthor|[Aa]utor|[Aa]utore|[Aa]utorul)\s*:\s*)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|et|and|y|und|e|și|si|avec|with|con|mit|com|cu|van|von|da|di|del|de)|,)*\s*(?:[|,–—-].{0,60})?$/u;

/** An author line at the head of an article (the first few lines); the cleaner checks the position. */
export function isByline(line: string): boolean {
  return !hasMoreWordsThan(line, 14) && !/\p{Ll}{2}[.!?]$/u.test(line) && BYLINE.test(line);
}
