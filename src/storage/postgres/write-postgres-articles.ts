import type pg from "pg";
import type { Article } from "../../domain/article.js";
import { foldAccents } from "../../stages/segment/index.js";
import { textSearchConfig } from "./text-search-config.js";

/** SQL text for `column` of the unnest below with accents removed (by unaccent or beforehand in JS). */
function folded(unaccent: string | null, column: "title" | "text"): string {
  return unaccent === null ? `t.folded_${column}` : `${unaccent}(t.${column})`;
}

/**
 * The part of an article's tsvector for one field: its language's stems of the text as written
 * (snowball needs the accents: "negociación" → "negoci"), of the text without accents (so a
 * query typed without them still meets), and the accent-folded words themselves ('simple').
 */
function vector(unaccent: string | null, column: "title" | "text", weight: "A" | "B"): string {
  return `setweight(to_tsvector(t.config::regconfig, t.${column}) || to_tsvector(t.config::regconfig, ${folded(unaccent, column)})
    || to_tsvector('simple', ${folded(unaccent, column)}), '${weight}')`;
}

/**
 * Writes a batch of articles with their search vectors, inside the caller's transaction: inserts
 * the new ones (with `replace`, upserts all). Returns the ids it inserted (or upserted).
 */
export async function writePostgresArticles(
  client: pg.PoolClient,
  unaccent: string | null,
  articles: readonly Article[],
  replace: boolean,
): Promise<Set<string>> {
  const onConflict = replace
    ? `DO UPDATE SET source = excluded.source, language = excluded.language, published_at = excluded.published_at,
         ts_config = excluded.ts_config, search = excluded.search, json = excluded.json`
    : "DO NOTHING";
  const foldInJs = (text: string): string | null => (unaccent === null ? foldAccents(text) : null);
  const result = await client.query<{ id: string }>(
    `INSERT INTO articles (id, source, language, published_at, ts_config, search, json)
     SELECT t.id, t.source, t.language, t.published_at, t.config, ${vector(unaccent, "title", "A")} || ${vector(unaccent, "text", "B")},
       t.json::jsonb
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[])
       WITH ORDINALITY AS t(id, source, language, published_at, config, title, text, folded_title, folded_text, json, position)
     ORDER BY t.position
     ON CONFLICT (id) ${onConflict}
     RETURNING id`,
    [
      articles.map((article) => article.id),
      articles.map((article) => article.source),
      articles.map((article) => article.language),
      articles.map((article) => article.publishedAt),
      articles.map((article) => textSearchConfig(article.language)),
      articles.map((article) => article.title),
      articles.map((article) => article.text),
      articles.map((article) => foldInJs(article.title)),
      articles.map((article) => foldInJs(article.text)),
      articles.map((article) => JSON.stringify(article)),
    ],
  );
  return new Set(result.rows.map((row) => row.id));
}
