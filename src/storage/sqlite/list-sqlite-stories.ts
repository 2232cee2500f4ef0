import type Database from "better-sqlite3";
import type { ListStoriesOptions, StorySummary } from "../store.js";
import { StorySummarySchema } from "../story-summary-schema.js";

/** ISO dates of any precision compared on their common prefix ("2022-01" reaches "2022-01-15"). */
const SAME_PRECISION = (column: string, parameter: string): [string, string] => [
  `substr(${column}, 1, min(length(${column}), length(${parameter})))`,
  `substr(${parameter}, 1, min(length(${column}), length(${parameter})))`,
];

/** `Store.listStories` on SQLite: one page of summaries and the total matching the filters. */
export async function listSqliteStories(
  db: Database.Database,
  options: ListStoriesOptions,
): Promise<{ total: number; items: StorySummary[] }> {
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = { limit: options.limit, offset: options.offset };
  if (options.language !== undefined) {
    conditions.push("EXISTS (SELECT 1 FROM json_each(s.languages) WHERE json_each.value = @language)");
    parameters.language = options.language;
  }
  if (options.from !== undefined) {
    const [stored, given] = SAME_PRECISION("coalesce(s.period_to, s.period_from)", "@from");
    conditions.push(`${stored} >= ${given}`);
    parameters.from = options.from;
  }
  if (options.to !== undefined) {
    const [stored, given] = SAME_PRECISION("coalesce(s.period_from, s.period_to)", "@to");
    conditions.push(`${stored} <= ${given}`);
    parameters.to = options.to;
  }
  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`;
  const order =
    options.sort === "recent"
      ? "s.period_to IS NULL, s.period_to DESC, s.id"
      : "s.independent_sources DESC, s.period_to IS NULL, s.period_to DESC, s.id";
  const { limit: _limit, offset: _offset, ...filters } = parameters;
  const total = (db.prepare(`SELECT count(*) AS count FROM stories s ${where}`).get(filters) as { count: number })
    .count;
  const rows = db
    .prepare(
      `SELECT s.id, s.title, s.article_count, s.independent_sources, s.languages, s.sources, s.period_from, s.period_to
       FROM stories s ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(parameters) as Record<string, string | number | null>[];
  const items = rows.map((row) =>
    StorySummarySchema.parse({
      id: row.id,
      title: row.title,
      articleCount: row.article_count,
      sources: JSON.parse(String(row.sources)),
      independentSources: row.independent_sources,
      languages: JSON.parse(String(row.languages)),
      period: { from: row.period_from, to: row.period_to },
    }),
  );
  return { total, items };
}
