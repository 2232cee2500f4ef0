import pg from "pg";
import { migratePostgres } from "./migrate-postgres.js";
import { PostgresStore } from "./postgres-store.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits recoupe's own `schema` parameter off a PostgreSQL URL. */
function parseLocation(url: string): { connectionString: string; schema: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Invalid PostgreSQL URL (expected postgres://user:password@host:port/database): ${url}`);
  }
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid schema "${schema}" in the store URL: use lower-case letters, digits and _ only.`);
  }
  return { connectionString: parsed.toString(), schema };
}

/** Finds the schema holding `unaccent`, installing it (a trusted extension) when allowed. */
async function findUnaccent(pool: pg.Pool): Promise<string | null> {
  const find = async (): Promise<string | null> => {
    const result = await pool.query<{ schema: string }>(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname = 'unaccent'`,
    );
    return result.rows[0]?.schema ?? null;
  };
  const found = await find();
  if (found !== null) return found;
  try {
    await pool.query("CREATE EXTENSION IF NOT EXISTS unaccent");
  } catch {
    // Not installed on the server, or not allowed: accents are then folded in JavaScript.
  }
  return find();
}

/**
 * Opens the PostgreSQL store at `url` (`postgres://user:password@host:port/database`, with an
 * optional `?schema=name`, default `public`): a connection pool whose sessions search that
 * schema first, the schema created and migrated if needed.
 */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  const { connectionString, schema } = parseLocation(url);
  const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema},public`, max: 8 });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, schema);
    } finally {
      client.release();
    }
    const unaccentSchema = await findUnaccent(pool);
    return new PostgresStore(pool, unaccentSchema === null ? null : `"${unaccentSchema}".unaccent`);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    const safeUrl = connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    throw new Error(`Cannot open the PostgreSQL store ${safeUrl} (schema ${schema}): ${message}`);
  }
}
