import type { SearchTerm } from "../search-terms.js";

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for a query's terms: every term required, each found either as the
 * word itself in the title or text (accents ignored by the tokenizer) or as one of its stems in
 * the stems column. Every string is quoted, so no FTS5 operator or syntax can come from the query.
 */
export function ftsQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => {
      const choices = [`{title text} : ${quote(term.word)}`, ...term.stems.map((stem) => `stems : ${quote(stem)}`)];
      return `(${choices.join(" OR ")})`;
    })
    .join(" AND ");
}
