import type { Diagnostic } from "../domain/diagnostic.js";

/** Prints diagnostics to stderr, one line each, and tells whether any is an error (for the exit code). */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], options: { quiet: boolean }): boolean {
  let errors = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errors++;
    if (options.quiet && diagnostic.severity !== "error") continue;
    if (diagnostic.severity === "info" && options.quiet) continue;
    const where = `${diagnostic.path}${diagnostic.line !== undefined ? `:${diagnostic.line}` : ""}`;
    console.error(`recoupe: ${diagnostic.severity}: ${where}: ${diagnostic.message} [${diagnostic.code}]`);
  }
  if (errors > 0)
    console.error(
      `recoupe: ${errors} input${errors === 1 ? "" : "s"} could not be read (see above); the rest was processed`,
    );
  return errors > 0;
}
