import type { Diagnostic, InputFormat } from "../../domain/index.js";
import { decodeText } from "./decode-text.js";
import { detectBinary } from "./detect-binary.js";
import { makeDiagnostic } from "./make-diagnostic.js";

/** Decoded text of one input, or null (with an error diagnostic) when it is binary or empty. */
export interface DecodedInput {
  text: string | null;
  encoding: string | null;
  diagnostics: Diagnostic[];
}

/**
 * The text of an input file: binary inputs and empty or whitespace-only ones are refused with an error diagnostic;
 * an encoding that had to be guessed gives an "encoding-guessed" warning.
 */
export function decodeBytes(path: string, bytes: Uint8Array, hint?: InputFormat): DecodedInput {
  // JSON Lines are judged line by line (a line of control bytes is one bad line, not a binary file).
  const binary = detectBinary(bytes, { signaturesOnly: hint === "jsonl" });
  if (binary !== undefined) {
    return {
      text: null,
      encoding: null,
      diagnostics: [makeDiagnostic(path, "binary-input", "error", `not text: ${binary}`)],
    };
  }
  const decoded = decodeText(bytes, hint);
  const diagnostics: Diagnostic[] = [];
  if (decoded.text.trim().length === 0) {
    const message = bytes.length === 0 ? "the file is empty" : "the file holds only whitespace";
    return {
      text: null,
      encoding: decoded.encoding,
      diagnostics: [makeDiagnostic(path, "empty-input", "error", message)],
    };
  }
  if (decoded.guessed !== undefined)
    diagnostics.push(makeDiagnostic(path, "encoding-guessed", "warning", decoded.guessed));
  return { text: decoded.text.replace(/^\uFEFF/, ""), encoding: decoded.encoding, diagnostics };
}
