import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../../domain/index.js";
import { makeDiagnostic } from "./make-diagnostic.js";

export interface InputFile {
  path: string;
  size: number;
}

/**
 * The files named by paths, folders walked recursively in sorted order, skipping dotfiles and dot-folders.
 * A path that does not exist is a diagnostic; a file reached twice (named twice, or through a link) is read once.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: InputFile[]; diagnostics: Diagnostic[] }> {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();

  async function visit(path: string, named: boolean): Promise<void> {
    let info: Awaited<ReturnType<typeof stat>>;
    let real: string;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(makeDiagnostic(path, "unreadable-input", "error", `cannot open: ${reason}`));
      return;
    }
    if (seen.has(real)) {
      if (named)
        diagnostics.push(
          makeDiagnostic(path, "duplicate-input", "warning", "already read under another name; skipped"),
        );
      return;
    }
    seen.add(real);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => !name.startsWith(".")).sort();
      for (const name of names) await visit(join(path, name), false);
    } else if (info.isFile()) {
      files.push({ path, size: info.size });
    } else if (named) {
      diagnostics.push(makeDiagnostic(path, "unsupported-input", "error", "not a regular file or folder"));
    }
  }

  for (const path of paths) await visit(path, true);
  return { files, diagnostics };
}
