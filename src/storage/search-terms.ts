import { SUPPORTED_LANGUAGES } from "../language-data/languages.js";
import { foldAccents, stemWord } from "../stages/segment/index.js";

/** One word of a search query: its accent-folded form and the stems it may have been indexed under. */
export interface SearchTerm {
  /** The word as typed, lower-cased (accents kept: some stemmers need them). */
  typed: string;
  /** The word lower-cased and accent-folded. */
  word: string;
  stems: string[];
}

/** Queries longer than this are cut: enough for any real query, bounded work for the database. */
const MAX_TERMS = 32;

/**
 * The words of a free-text search query, as the search index splits text: runs of letters, marks
 * and digits (apostrophes, hyphens, operators and quotes separate words and mean nothing else).
 * Each word comes with its stem in `language`, or in every supported language when none is given,
 * since the query's language is not known and each article was stemmed in its own.
 */
export function searchTerms(query: string, language?: string): SearchTerm[] {
  const languages: readonly string[] = language === undefined ? SUPPORTED_LANGUAGES : [language];
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const match of query.normalize("NFC").matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = foldAccents(match[0]);
    if (word.length === 0 || seen.has(word)) continue;
    seen.add(word);
    // Stemmed as typed (some stemmers need the accents) and without accents (typed without them).
    const stems = new Set(languages.flatMap((code) => [stemWord(match[0], code), stemWord(word, code)]));
    stems.delete("");
    terms.push({ typed: match[0].toLowerCase(), word, stems: [...stems].sort() });
    if (terms.length === MAX_TERMS) break;
  }
  // A lone letter ("l" of "l'Ukraine") is in nearly every text: it only narrows nothing down.
  const meaningful = terms.filter((term) => term.word.length > 1 || /\d/.test(term.word));
  return meaningful.length > 0 ? meaningful : terms;
}
