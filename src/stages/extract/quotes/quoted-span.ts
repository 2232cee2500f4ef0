import type { Span } from "../../../domain/span.js";

/** One quotation in a text: the marks and the words between them. */
export interface QuotedSpan extends Span {
  /** Position of the opening mark and just after the closing mark. */
  open: number;
  close: number;
}
