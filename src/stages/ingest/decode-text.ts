import chardet from "chardet";
import iconv from "iconv-lite";
import type { InputFormat } from "../../domain/index.js";
import { decodeMixedUtf8 } from "./decode-mixed-utf8.js";

/** Text decoded from bytes, with the encoding used and, when it had to be guessed, why. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the encoding was not declared (or the declaration was wrong): the explanation. */
  guessed: string | undefined;
}

/** Labels browsers read as windows-1252 (WHATWG Encoding): pages declaring Latin-1 are really written in it. */
const WINDOWS_1252_ALIASES = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "latin-1",
  "l1",
  "us-ascii",
  "ascii",
  "cp1252",
  "x-cp1252",
]);

function canonicalLabel(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  if (lower === "utf8" || lower === "utf-8" || lower === "unicode-1-1-utf-8") return "utf-8";
  if (WINDOWS_1252_ALIASES.has(lower)) return "windows-1252";
  return iconv.encodingExists(lower) ? lower : undefined;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** The charset a document declares near its start: XML declaration, `<meta charset>` or http-equiv Content-Type. */
export function declaredCharset(bytes: Uint8Array, format?: InputFormat): string | undefined {
  if (format === "text" || format === "jsonl") return undefined;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return xml?.[1] ?? meta?.[1];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 text if the bytes are valid UTF-8 (a multi-byte sequence cut at the very end is tolerated), else undefined. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      const byte = bytes[bytes.length - cut]!;
      if (byte >= 0xc0) {
        try {
          return strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
        } catch {
          return undefined;
        }
      }
      if (byte < 0x80) return undefined;
    }
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function guessEncoding(bytes: Uint8Array): string {
  const detected = chardet.detect(bytes);
  const label = detected === null ? undefined : canonicalLabel(detected);
  return label === undefined || label === "utf-8" ? "windows-1252" : label;
}

/**
 * Decodes bytes the way a careful browser would: byte order mark, then the declared charset (a page declaring a
 * single-byte charset whose bytes are in fact valid UTF-8 is read as UTF-8), then UTF-8 if valid, and only then a
 * guess (chardet, Windows-1252 when unsure), which `guessed` explains.
 */
export function decodeText(bytes: Uint8Array, format?: InputFormat): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding),
      encoding: bom.encoding,
      guessed: undefined,
    };
  }
  const declaredLabel = declaredCharset(bytes, format);
  const declared = declaredLabel === undefined ? undefined : canonicalLabel(declaredLabel);
  const utf8 = decodeStrictUtf8(bytes);
  if (declared !== undefined && declared !== "utf-8" && !declared.startsWith("utf-16")) {
    if (utf8 !== undefined && hasNonAscii(bytes)) {
      return {
        text: utf8,
        encoding: "utf-8",
        guessed: `declared ${declaredLabel} but the bytes are valid UTF-8; read as UTF-8`,
      };
    }
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, guessed: undefined };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", guessed: undefined };
  // Mostly UTF-8 with a few stray single-byte characters: keep the UTF-8, read only the strays as Windows-1252.
  const mixed = decodeMixedUtf8(bytes);
  if (mixed.multibyte > 0 && mixed.invalid <= mixed.multibyte) {
    return {
      text: mixed.text,
      encoding: "utf-8",
      guessed: `mostly UTF-8 with ${mixed.invalid} byte${mixed.invalid === 1 ? "" : "s"} that are not; those read as windows-1252`,
    };
  }
  const guess = guessEncoding(bytes);
  const why =
    declared === "utf-8"
      ? `declared ${declaredLabel} but the bytes are not valid UTF-8`
      : "no declared charset and not valid UTF-8";
  return { text: iconv.decode(Buffer.from(bytes), guess), encoding: guess, guessed: `${why}; decoded as ${guess}` };
}
