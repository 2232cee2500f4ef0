/**
 * What went wrong with one input, or was worth telling about it. Bad content never throws:
 * it becomes a diagnostic naming the input (and line) and the reason, and the batch goes on.
 */
export type DiagnosticSeverity = "error" | "warning" | "info";

export type DiagnosticCode =
  | "empty-input"
  | "binary-input"
  | "unreadable-input"
  | "unsupported-input"
  | "encoding-guessed"
  | "invalid-encoding"
  | "mojibake-repaired"
  | "truncated-html"
  | "extraction-fallback"
  | "no-article-text"
  | "invalid-json-line"
  | "invalid-article"
  | "feed-parse-error"
  | "feed-without-items"
  | "duplicate-input"
  | "too-large"
  | "too-deep"
  | "language-unknown"
  | "date-inferred"
  | "unreadable-metadata";

export interface Diagnostic {
  /** The input file (or URL) this is about. */
  path: string;
  /** 1-based line, for JSON Lines inputs. */
  line?: number;
  /** 0-based index of the item, for feeds. */
  item?: number;
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  /** The pipeline stage that raised it. */
  stage: string;
  message: string;
}
