import type { Command } from "commander";
import { asStoryId, StoryIdSchema } from "../../domain/ids.js";
import { openStore } from "../../storage/open-store.js";
import { type OutputFormat, parseFormat, writeOutput } from "../output.js";
import { render } from "./analyze.js";

interface StoryFlags {
  db: string;
  format: OutputFormat;
  output?: string;
}

export function registerStory(program: Command, setExit: (code: number) => void): void {
  program
    .command("story")
    .description("print one story's dossier from a store")
    .argument("<id>", "story id (s_…), as listed by `recoupe stories`")
    .requiredOption("--db <file>", "SQLite file or postgres:// URL")
    .option("-f, --format <format>", "json | markdown | html", parseFormat, "markdown")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (id: string, flags: StoryFlags) => {
      if (!StoryIdSchema.safeParse(id).success)
        throw new Error(`"${id}" is not a story id (s_ and 16 hex digits): see \`recoupe stories --db ${flags.db}\``);
      const store = await openStore(flags.db);
      try {
        const story = await store.getStory(asStoryId(id));
        if (story === null) {
          console.error(`recoupe: no story ${id} in ${flags.db}`);
          setExit(1);
          return;
        }
        const articles = await store.listArticles({ ids: story.articleIds });
        writeOutput(render({ articles, stories: [story], diagnostics: [] }, flags.format), flags.output);
      } finally {
        await store.close();
      }
    });
}
