import { z } from "zod";
import type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from "../domain/diagnostic.js";
import { enumOf } from "./enum-of.js";

const CODES: Record<DiagnosticCode, true> = {
  "empty-input": true,
  "binary-input": true,
  "unreadable-input": true,
  "unsupported-input": true,
  "encoding-guessed": true,
  "invalid-encoding": true,
  "mojibake-repaired": true,
  "truncated-html": true,
  "extraction-fallback": true,
  "too-deep": true,
  "no-article-text": true,
  "invalid-json-line": true,
  "invalid-article": true,
  "feed-parse-error": true,
  "feed-without-items": true,
  "duplicate-input": true,
  "too-large": true,
  "language-unknown": true,
  "date-inferred": true,
  "unreadable-metadata": true,
};

const SEVERITIES: Record<DiagnosticSeverity, true> = { error: true, warning: true, info: true };

/** A `Diagnostic` as read back from a store row (null columns already dropped). */
export const DiagnosticSchema: z.ZodType<Diagnostic> = z.object({
  path: z.string(),
  line: z.number().int().exactOptional(),
  item: z.number().int().exactOptional(),
  code: enumOf(CODES),
  severity: enumOf(SEVERITIES),
  stage: z.string(),
  message: z.string(),
});

/** The identity of a diagnostic: two with the same key are the same report, kept once. */
export function diagnosticKey(diagnostic: Diagnostic): string {
  const { path, line, item, code, stage, message } = diagnostic;
  return JSON.stringify([path, line ?? null, item ?? null, code, stage, message]);
}

/** A diagnostic row's columns, nulls turned back into absent optional fields, checked. */
export function diagnosticFromRow(row: {
  path: unknown;
  line: unknown;
  item: unknown;
  code: unknown;
  severity: unknown;
  stage: unknown;
  message: unknown;
}): Diagnostic {
  const { line, item, ...rest } = row;
  return DiagnosticSchema.parse({
    ...rest,
    ...(line === null ? {} : { line: Number(line) }),
    ...(item === null ? {} : { item: Number(item) }),
  });
}
