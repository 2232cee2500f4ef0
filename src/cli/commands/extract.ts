import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { decodeBytes, extractHtmlPage } from "../../stages/ingest/index.js";

interface ExtractFlags {
  format: "jsonl" | "json";
}

/** `recoupe extract <html files…>`: main text and metadata of each page, one JSON line per page. */
export function registerExtract(program: Command, setExit: (code: number) => void): void {
  program
    .command("extract")
    .description("extract the main text and metadata of HTML pages (one JSON line per page)")
    .argument("<files...>", "HTML files")
    .option("-f, --format <format>", "jsonl | json", "jsonl")
    .action(async (files: string[], flags: ExtractFlags) => {
      let failed = 0;
      const pages: unknown[] = [];
      for (const path of files) {
        try {
          const decoded = decodeBytes(path, new Uint8Array(await readFile(path)));
          if (decoded.text === null) throw new Error(decoded.diagnostics.map((d) => d.message).join("; "));
          const page = extractHtmlPage(path, decoded.text);
          if (flags.format === "jsonl") process.stdout.write(`${JSON.stringify(page)}\n`);
          else pages.push(page);
        } catch (error) {
          failed++;
          console.error(`recoupe: error: ${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (flags.format === "json") process.stdout.write(`${JSON.stringify(pages, null, 2)}\n`);
      setExit(failed > 0 ? 1 : 0);
    });
}
