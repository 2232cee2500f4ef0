import type pg from "pg";
import type { ListStoriesOptions, StorySummary } from "../store.js";
import { StorySummarySchema } from "../story-summary-schema.js";

/** ISO dates of any precision compared on their common prefix ("2022-01" reaches "2022-01-15"). */
function samePrecision(column: string, parameter: string): [string, string] {
  const length = `least(length(${column}), length(${parameter}))`;
  return [`left(${column}, ${length})`, `left(${parameter}, ${length})`];
}

/** `Store.listStories` on PostgreSQL: one page of summaries and the total matching the filters. */
export async function listPostgresStories(
  pool: pg.Pool,
  options: ListStoriesOptions,
): Promise<{ total: number; items: StorySummary[] }> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const parameter = (value: unknown): string => {
    values.push(value);
    return `$${values.length}::text`;
  };
  if (options.language !== undefined) conditions.push(`${parameter(options.language)} = ANY(s.languages)`);
  if (options.from !== undefined) {
    const [stored, given] = samePrecision("coalesce(s.period_to, s.period_from)", parameter(options.from));
    conditions.push(`${stored} >= ${given}`);
  }
  if (options.to !== undefined) {
    const [stored, given] = samePrecision("coalesce(s.period_from, s.period_to)", parameter(options.to));
    conditions.push(`${stored} <= ${given}`);
  }
  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
  const order =
    options.sort === "recent"
      ? "s.period_to DESC NULLS LAST, s.id"
      : "s.independent_sources DESC, s.period_to DESC NULLS LAST, s.id";
  const count = await pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM stories s ${where}`, values);
  const page = await pool.query<Record<string, unknown>>(
    `SELECT s.id, s.title, s.article_count, s.independent_sources, s.languages, s.sources, s.period_from, s.period_to
     FROM stories s ${where} ORDER BY ${order} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    [...values, options.limit, options.offset],
  );
  const items = page.rows.map((row) =>
    StorySummarySchema.parse({
      id: row.id,
      title: row.title,
      articleCount: row.article_count,
      sources: row.sources,
      independentSources: row.independent_sources,
      languages: row.languages,
      period: { from: row.period_from, to: row.period_to },
    }),
  );
  return { total: count.rows[0]!.count, items };
}
