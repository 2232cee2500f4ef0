import type { Command } from "commander";
import { positiveInt } from "../positive-int.js";
import { stderrLogger } from "../stderr-logger.js";

/** `recoupe serve`: the HTTP API and the web dossier (src/api, src/web). */
export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("serve the HTTP API and the web dossier")
    .requiredOption("--db <file>", "SQLite file or postgres:// URL")
    .option("--port <n>", "port", (v) => Number.parseInt(v, 10), 8080)
    .option("--host <address>", "address to bind (127.0.0.1 unless told otherwise)", "127.0.0.1")
    .option(
      "--recluster-every <n>",
      "regroup the whole store's stories after every n added articles (0: never; default 1000)",
      (v) => positiveInt(v, "--recluster-every", true),
    )
    .action(async (flags: { db: string; port: number; host: string; reclusterEvery?: number }) => {
      const { startServer } = await import("../../api/start-server.js");
      const server = await startServer({
        db: flags.db,
        port: flags.port,
        host: flags.host,
        logger: stderrLogger,
        ...(flags.reclusterEvery !== undefined ? { reclusterEvery: flags.reclusterEvery } : {}),
      });
      console.error(`recoupe: serving ${flags.db} on http://${server.host}:${server.port}/`);
      await server.closed;
      setExit(0);
    });
}
