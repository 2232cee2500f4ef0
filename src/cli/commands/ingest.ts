import type { Command } from "commander";
import { addToStore } from "../../jobs/add-to-store.js";
import { ingestPaths } from "../../stages/ingest/index.js";
import { openStore } from "../../storage/open-store.js";
import { positiveInt, WORKERS_HELP } from "../positive-int.js";
import { createProgress, type Progress } from "../progress.js";
import { reportDiagnostics } from "../report-diagnostics.js";

interface IngestFlags {
  db: string;
  summaryWords: number;
  quiet: boolean;
  progress: boolean;
  workers?: number;
}

/** Reads the inputs and adds them to the store at `db`, updating its stories. */
export async function ingestIntoStore(
  inputs: string[],
  db: string,
  options: { summaryWords: number; progress: Progress; workers?: number | undefined },
) {
  const ingested = await ingestPaths(inputs, { onItem: (done, total) => options.progress.update("read", done, total) });
  const store = await openStore(db);
  try {
    const result = await addToStore(store, ingested.articles, {
      summaryWords: options.summaryWords,
      releaseInputs: true,
      onProgress: (stage, done, total) => options.progress.update(stage, done, total),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
    });
    await store.putDiagnostics(ingested.diagnostics);
    const diagnostics = [...ingested.diagnostics, ...result.diagnostics];
    return { result, diagnostics, analysis: { articles: result.articles, stories: result.stories, diagnostics } };
  } finally {
    await store.close();
  }
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description("add articles to a store and update its stories (the same article twice changes nothing)")
    .argument("<inputs...>", "files or folders: text, HTML, RSS/Atom, JSON Lines")
    .requiredOption("--db <file>", "SQLite file (created if missing) or postgres:// URL")
    .option("-w, --summary-words <n>", "summary length in words", (v) => Number.parseInt(v, 10), 100)
    .option("-q, --quiet", "only print errors on stderr", false)
    .option("--no-progress", "no progress bar")
    .option("--workers <n>", WORKERS_HELP, (v) => positiveInt(v, "--workers"))
    .action(async (inputs: string[], flags: IngestFlags) => {
      const progress = createProgress({ enabled: flags.progress });
      const { result, diagnostics } = await ingestIntoStore(inputs, flags.db, {
        summaryWords: flags.summaryWords,
        progress,
        workers: flags.workers,
      });
      progress.stop();
      const failed = reportDiagnostics(diagnostics, { quiet: flags.quiet });
      if (!flags.quiet) {
        console.error(
          `recoupe: ${result.inserted.length} new article${result.inserted.length === 1 ? "" : "s"}, ${result.existing.length} already stored; ` +
            `${result.savedStories.length} stories written, ${result.removedStoryIds.length} merged away`,
        );
      }
      setExit(failed ? 1 : 0);
    });
}
