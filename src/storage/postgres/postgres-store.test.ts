import { randomBytes } from "node:crypto";
import { after, describe, test } from "node:test";
import pg from "pg";
import { runStoreContract } from "../store-contract.js";

/**
 * Runs the store contract on PostgreSQL when RECOUPE_TEST_POSTGRES_URL is set, each store in a
 * schema of its own (dropped at the end). Locally, as root on Debian:
 *   export RECOUPE_TEST_POSTGRES_URL="$(bash scripts/start-test-postgres.sh)"
 */
const url = process.env.RECOUPE_TEST_POSTGRES_URL;

if (url === undefined || url === "") {
  describe("Store contract: PostgreSQL", () => {
    test(
      'skipped: set RECOUPE_TEST_POSTGRES_URL (e.g. `export RECOUPE_TEST_POSTGRES_URL="$(bash scripts/start-test-postgres.sh)"`) to run it',
      {
        skip: "RECOUPE_TEST_POSTGRES_URL is not set",
      },
      () => undefined,
    );
  });
} else {
  const run = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const schemas: string[] = [];
  after(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  runStoreContract({
    name: "PostgreSQL",
    newLocation: async () => {
      const schema = `${run}_${schemas.length + 1}`;
      schemas.push(schema);
      const location = new URL(url);
      location.searchParams.set("schema", schema);
      return location.toString();
    },
  });
}
