import type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from "../../domain/index.js";

/** A diagnostic raised by the ingest stage. */
export function makeDiagnostic(
  path: string,
  code: DiagnosticCode,
  severity: DiagnosticSeverity,
  message: string,
  where: { line?: number; item?: number } = {},
): Diagnostic {
  const diagnostic: Diagnostic = { path, code, severity, stage: "ingest", message };
  if (where.line !== undefined) diagnostic.line = where.line;
  if (where.item !== undefined) diagnostic.item = where.item;
  return diagnostic;
}
