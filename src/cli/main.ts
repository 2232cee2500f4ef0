import { Command, CommanderError } from "commander";
import { registerAnalyze } from "./commands/analyze.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerRecluster } from "./commands/recluster.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerStories } from "./commands/stories.js";
import { registerStory } from "./commands/story.js";

/**
 * Runs the recoupe command line and resolves to the exit code: 0 when everything was read,
 * 1 when some input could not be (each has its diagnostic), 2 for a wrong call.
 */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command()
    .name("recoupe")
    .description("Cross-check news sources: group articles into stories and build cited dossiers.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run recoupe --help for usage)");
  registerAnalyze(program, setExit);
  registerIngest(program, setExit);
  registerRecluster(program, setExit);
  registerStories(program, setExit);
  registerStory(program, setExit);
  registerSearch(program, setExit);
  registerExtract(program, setExit);
  registerServe(program, setExit);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    console.error(`recoupe: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  return exitCode;
}
