import type { Command } from "commander";
import { reclusterStore } from "../../jobs/recluster-store.js";
import { openStore } from "../../storage/open-store.js";
import { positiveInt, WORKERS_HELP } from "../positive-int.js";
import { createProgress } from "../progress.js";

interface ReclusterFlags {
  db: string;
  summaryWords: number;
  quiet: boolean;
  progress: boolean;
  workers?: number;
}

export function registerRecluster(program: Command, setExit: (code: number) => void): void {
  program
    .command("recluster")
    .description(
      "recompute every story of a store over all its articles (as one batch would group them) and rewrite the dossiers that changed; " +
        "stories fed one article at a time drift a little from that",
    )
    .requiredOption("--db <file>", "SQLite file or postgres:// URL")
    .option("-w, --summary-words <n>", "summary length in words", (v) => Number.parseInt(v, 10), 100)
    .option("-q, --quiet", "only print errors on stderr", false)
    .option("--no-progress", "no progress bar")
    .option("--workers <n>", WORKERS_HELP, (v) => positiveInt(v, "--workers"))
    .action(async (flags: ReclusterFlags) => {
      const progress = createProgress({ enabled: flags.progress });
      const store = await openStore(flags.db);
      let result: Awaited<ReturnType<typeof reclusterStore>>;
      try {
        result = await reclusterStore(store, {
          summaryWords: flags.summaryWords,
          onProgress: (stage, done, total) => progress.update(stage, done, total),
          ...(flags.workers === undefined ? {} : { workers: flags.workers }),
        });
      } finally {
        progress.stop();
        await store.close();
      }
      if (!flags.quiet) {
        const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
        console.error(
          `recoupe: ${count(result.articles, "article", "articles")} in ${count(result.stories, "story", "stories")}; ` +
            `${count(result.savedStoryIds.length, "story", "stories")} rewritten, ${result.removedStoryIds.length} gone`,
        );
      }
      setExit(0);
    });
}
