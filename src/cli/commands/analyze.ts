import type { Command } from "commander";
import { analyzeArticlesInParallel } from "../../pipeline/index.js";
import { toContractJson } from "../../render/contract-json.js";
import { renderHtml } from "../../render/html-dossier.js";
import { renderMarkdown } from "../../render/markdown-dossier.js";
import { ingestPaths } from "../../stages/ingest/index.js";
import { type OutputFormat, parseFormat, writeOutput } from "../output.js";
import { positiveInt, WORKERS_HELP } from "../positive-int.js";
import { createProgress } from "../progress.js";
import { reportDiagnostics } from "../report-diagnostics.js";
import { ingestIntoStore } from "./ingest.js";

interface AnalyzeFlags {
  format: OutputFormat;
  summaryWords: number;
  output?: string;
  db?: string;
  quiet: boolean;
  progress: boolean;
  workers?: number;
}

export function registerAnalyze(program: Command, setExit: (code: number) => void): void {
  program
    .command("analyze")
    .description("group articles into stories and print each story's cross-checked dossier")
    .argument("<inputs...>", "files or folders: text, HTML, RSS/Atom, JSON Lines")
    .option("-f, --format <format>", "json | markdown | html", parseFormat, "markdown")
    .option("-w, --summary-words <n>", "summary length in words", (v) => positiveInt(v, "--summary-words"), 100)
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--db <file>", "also keep the articles and stories in this store (SQLite file or postgres:// URL)")
    .option("-q, --quiet", "only print errors on stderr", false)
    .option("--no-progress", "no progress bar")
    .option("--workers <n>", WORKERS_HELP, (v) => positiveInt(v, "--workers"))
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const progress = createProgress({ enabled: flags.progress });
      if (flags.db !== undefined) {
        const result = await ingestIntoStore(inputs, flags.db, {
          summaryWords: flags.summaryWords,
          progress,
          workers: flags.workers,
        });
        progress.stop();
        const failed = reportDiagnostics(result.diagnostics, { quiet: flags.quiet });
        writeOutput(render(result.analysis, flags.format), flags.output);
        setExit(failed ? 1 : 0);
        return;
      }
      const ingested = await ingestPaths(inputs, { onItem: (done, total) => progress.update("read", done, total) });
      const analysis = await analyzeArticlesInParallel(ingested.articles, {
        summaryWords: flags.summaryWords,
        ...(flags.workers === undefined ? {} : { workers: flags.workers }),
        onProgress: (stage, done, total) => progress.update(stage, done, total),
      });
      progress.stop();
      analysis.diagnostics.unshift(...ingested.diagnostics);
      const failed = reportDiagnostics(analysis.diagnostics, { quiet: flags.quiet });
      writeOutput(render(analysis, flags.format), flags.output);
      setExit(failed ? 1 : 0);
    });
}

export function render(analysis: Parameters<typeof renderMarkdown>[0], format: OutputFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(toContractJson(analysis), null, 2)}\n`;
    case "markdown":
      return renderMarkdown(analysis);
    case "html":
      return renderHtml(analysis);
  }
}
