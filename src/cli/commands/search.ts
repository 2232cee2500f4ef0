import type { Command } from "commander";
import { openStore } from "../../storage/open-store.js";
import { writeOutput } from "../output.js";
import { positiveInt } from "../positive-int.js";

interface SearchFlags {
  db: string;
  language?: string;
  limit: number;
  format: "text" | "json";
}

export function registerSearch(program: Command, _setExit: (code: number) => void): void {
  program
    .command("search")
    .description("full-text search over the stored articles (accent-insensitive, stemmed)")
    .argument("<query...>", "words to look for (all required)")
    .requiredOption("--db <file>", "SQLite file or postgres:// URL")
    .option("--language <code>", "only articles in this language")
    .option("--limit <n>", "how many hits", (v) => positiveInt(v, "--limit"), 20)
    .option("-f, --format <format>", "text | json", "text")
    .action(async (words: string[], flags: SearchFlags) => {
      const store = await openStore(flags.db);
      try {
        const hits = await store.search(words.join(" "), {
          limit: flags.limit,
          ...(flags.language !== undefined ? { language: flags.language } : {}),
        });
        const stories = await store.storyIdsOfArticles(hits.map((hit) => hit.articleId));
        if (flags.format === "json") {
          writeOutput(
            `${JSON.stringify(
              hits.map((hit) => ({ ...hit, storyId: stories.get(hit.articleId) ?? null })),
              null,
              2,
            )}\n`,
            undefined,
          );
          return;
        }
        const lines = hits.map(
          (hit) => `${hit.articleId}  ${stories.get(hit.articleId) ?? "-"}  ${hit.title}\n    ${hit.snippet}`,
        );
        lines.push(`(${hits.length} hit${hits.length === 1 ? "" : "s"})`);
        writeOutput(`${lines.join("\n")}\n`, undefined);
      } finally {
        await store.close();
      }
    });
}
