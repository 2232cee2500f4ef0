import type { Command } from "commander";
import { openStore } from "../../storage/open-store.js";
import { writeOutput } from "../output.js";
import { positiveInt } from "../positive-int.js";

interface StoriesFlags {
  db: string;
  format: "text" | "json";
  sort: "recent" | "sources";
  language?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function registerStories(program: Command, _setExit: (code: number) => void): void {
  program
    .command("stories")
    .description("list the stories of a store")
    .requiredOption("--db <file>", "SQLite file or postgres:// URL")
    .option("-f, --format <format>", "text | json", "text")
    .option("--sort <order>", "recent | sources", "recent")
    .option("--language <code>", "only stories with an article in this language")
    .option("--from <date>", "only stories reaching this date or later")
    .option("--to <date>", "only stories starting on this date or earlier")
    .option("--limit <n>", "how many", (v) => positiveInt(v, "--limit"), 50)
    .option("--offset <n>", "skip this many", (v) => Number.parseInt(v, 10), 0)
    .action(async (flags: StoriesFlags) => {
      if (flags.sort !== "recent" && flags.sort !== "sources")
        throw new Error(`--sort takes "recent" or "sources", not "${flags.sort}"`);
      const store = await openStore(flags.db);
      try {
        const page = await store.listStories({
          sort: flags.sort,
          limit: flags.limit,
          offset: flags.offset,
          ...(flags.language !== undefined ? { language: flags.language } : {}),
          ...(flags.from !== undefined ? { from: flags.from } : {}),
          ...(flags.to !== undefined ? { to: flags.to } : {}),
        });
        if (flags.format === "json") {
          writeOutput(`${JSON.stringify(page, null, 2)}\n`, undefined);
          return;
        }
        const lines = page.items.map(
          (s) =>
            `${s.id}  ${String(s.independentSources).padStart(2)} outlets  ${String(s.articleCount).padStart(3)} articles  ` +
            `${(s.period.from ?? "undated").padEnd(10)}  ${s.languages.join(",").padEnd(5)}  ${s.title}`,
        );
        lines.push(`(${page.items.length} of ${page.total} stories)`);
        writeOutput(`${lines.join("\n")}\n`, undefined);
      } finally {
        await store.close();
      }
    });
}
