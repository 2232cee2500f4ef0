import type pg from "pg";
import { ArticleSchema } from "../article-schema.js";
import { buildSnippet } from "../build-snippet.js";
import { searchTerms } from "../search-terms.js";
import type { SearchHit, SearchOptions } from "../store.js";
import { TEXT_SEARCH_CONFIGS, textSearchConfig } from "./text-search-config.js";

/**
 * `Store.search` on PostgreSQL. `unaccent` is the qualified name of the unaccent function, or
 * null when accents are folded in JavaScript (articles were then indexed the same way).
 */
export async function searchPostgres(
  pool: pg.Pool,
  unaccent: string | null,
  query: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const terms = searchTerms(query, options.language);
  if (terms.length === 0) return [];
  const configs = options.language === undefined ? TEXT_SEARCH_CONFIGS : [textSearchConfig(options.language)];
  const values: unknown[] = [options.language ?? null, options.limit, options.offset ?? 0];
  const parameter = (value: string): string => {
    values.push(value);
    return `$${values.length}::text`;
  };
  // Every term required; each met by any of the forms the article vectors hold (see `vector`).
  const tsquery = terms
    .map((term) => {
      const typed = parameter(term.typed);
      const folded = unaccent === null ? parameter(term.word) : `${unaccent}(${typed})`;
      const forms = configs.flatMap((config) => [
        `plainto_tsquery('${config}', ${typed})`,
        `plainto_tsquery('${config}', ${folded})`,
      ]);
      return `(${[...forms, `plainto_tsquery('simple', ${folded})`].join(" || ")})`;
    })
    .join(" && ");
  const result = await pool.query<{ json: unknown; score: number }>(
    `SELECT a.json, ts_rank(a.search, q.query) AS score
     FROM articles a, (SELECT ${tsquery} AS query) q
     WHERE a.search @@ q.query AND ($1::text IS NULL OR a.language = $1)
     ORDER BY score DESC, a.seq LIMIT $2 OFFSET $3`,
    values,
  );
  return result.rows.map((row) => {
    const article = ArticleSchema.parse(row.json);
    return {
      articleId: article.id,
      title: article.title,
      score: row.score,
      ...buildSnippet(article.text, article.language, terms),
    };
  });
}
