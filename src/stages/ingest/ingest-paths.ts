import { readFile } from "node:fs/promises";
import type { Diagnostic, RawArticle } from "../../domain/index.js";
import { ingestBytes } from "./ingest-bytes.js";
import { listInputFiles } from "./list-input-files.js";
import { makeDiagnostic } from "./make-diagnostic.js";
import { DEFAULT_MAX_BYTES, type IngestResult } from "./types.js";

export interface IngestPathsOptions {
  /** Called after each file with the number of files done and the total. */
  onItem?: (done: number, total: number) => void;
  /** Files larger than this are reported as too large without being read (default 50 MB). */
  maxBytes?: number;
}

/**
 * The articles of files and folders (folders recursively, in sorted order, dotfiles skipped). Each file gives
 * articles or an error diagnostic; unreadable paths and too-large files become diagnostics too.
 */
export async function ingestPaths(paths: string[], options: IngestPathsOptions = {}): Promise<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const listed = await listInputFiles(paths);
  diagnostics.push(...listed.diagnostics);
  const total = listed.files.length;
  for (const [index, file] of listed.files.entries()) {
    if (file.size > maxBytes) {
      const message = `${file.size} bytes, over the ${maxBytes}-byte limit; not read`;
      diagnostics.push(makeDiagnostic(file.path, "too-large", "error", message));
    } else {
      try {
        const bytes = new Uint8Array(await readFile(file.path));
        const result = ingestBytes(file.path, bytes, undefined, { maxBytes });
        articles.push(...result.articles);
        diagnostics.push(...result.diagnostics);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        diagnostics.push(makeDiagnostic(file.path, "unreadable-input", "error", `cannot read: ${reason}`));
      }
    }
    options.onItem?.(index + 1, total);
  }
  return { articles, diagnostics };
}
