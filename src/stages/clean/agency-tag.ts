import { AGENCY_TAG_JOINERS, NEWS_AGENCIES } from "../../language-data/boilerplate-agencies.js";
import { foldForMatch } from "./fold-for-match.js";
import { wordsOf } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";

interface AgencyName {
  words: string[];
  /** Acronyms ("AP", "EPA") only match in capitals, so the French "ap." or a lower-case word cannot. */
  caseSensitive: boolean;
}

const AGENCIES: AgencyName[] = NEWS_AGENCIES.map((name) => {
  const caseSensitive = name === name.toUpperCase();
  return { words: wordsOf(caseSensitive ? name : foldForMatch(name)), caseSensitive };
}).sort((a, b) => b.words.length - a.words.length);

const JOINERS = new Set(AGENCY_TAG_JOINERS.map(foldForMatch));

/** Length in words of the agency name starting at `words[at]`, or 0. */
function agencyAt(words: readonly string[], at: number): number {
  for (const agency of AGENCIES) {
    const matches = agency.words.every((word, i) => {
      const actual = words[at + i];
      if (actual === undefined) return false;
      return agency.caseSensitive ? actual === word : foldForMatch(actual) === word;
    });
    if (matches) return agency.words.length;
  }
  return 0;
}

/** Whether a news or photo agency is named in `text` ("Pool Photo via AP", "EPA"). */
export function containsAgency(text: string): boolean {
  const words = wordsOf(text);
  return words.some((_, at) => agencyAt(words, at) > 0);
}

/**
 * A line that only names agencies: "AFP", "(Reuters)", "Avec AFP et Reuters", "— dpa". When the line
 * stands at the very start or end of the article (`atEdge`), a lone short run of capitals is taken as
 * a desk or author signature too ("AFPE", "J.D./AFP").
 */
export function isAgencyTag(line: string, atEdge: boolean): boolean {
  if (hasMoreWordsThan(line, 8)) return false;
  const words = wordsOf(line);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]\s*\p{L}/u.test(line)) return false;
  let agencies = 0;
  for (let at = 0; at < words.length; ) {
    const length = agencyAt(words, at);
    if (length > 0) {
      agencies++;
      at += length;
    } else if (JOINERS.has(foldForMatch(words[at]!))) {
      at++;
    } else {
      agencies = -1;
      break;
    }
  }
  if (agencies > 0) return true;
  return atEdge && words.length <= 3 && /^[\p{Lu}\p{N}./\-–—()&+ ]{2,24}$/u.test(line) && /\p{Lu}{2}/u.test(line);
}
