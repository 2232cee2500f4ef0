import iconv from "iconv-lite";

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  const length =
    first < 0x80
      ? 1
      : first >= 0xc2 && first <= 0xdf
        ? 2
        : first >= 0xe0 && first <= 0xef
          ? 3
          : first >= 0xf0 && first <= 0xf4
            ? 4
            : 0;
  if (length <= 1 || i + length > bytes.length) return length === 1 ? 1 : 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[i + 1]!;
  if (first === 0xe0 && second < 0xa0) return 0; // overlong
  if (first === 0xed && second >= 0xa0) return 0; // surrogates
  if (first === 0xf0 && second < 0x90) return 0; // overlong
  if (first === 0xf4 && second >= 0x90) return 0; // past U+10FFFF
  return length;
}

export interface MixedDecoding {
  text: string;
  /** Valid multi-byte UTF-8 sequences seen: evidence that the input is UTF-8 at heart. */
  multibyte: number;
  /** Bytes that were not valid UTF-8 and were read as Windows-1252 instead. */
  invalid: number;
}

/**
 * Reads bytes as UTF-8, decoding only the bytes that are not valid UTF-8 as Windows-1252, as happens
 * when a UTF-8 page pastes a Windows-1252 paragraph: the UTF-8 parts stay right instead of being
 * re-decoded into mojibake.
 */
export function decodeMixedUtf8(bytes: Uint8Array): MixedDecoding {
  const parts: string[] = [];
  let multibyte = 0;
  let invalid = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      if (length > 1) multibyte++;
      i += length;
      continue;
    }
    if (i > runStart) parts.push(Buffer.from(bytes.subarray(runStart, i)).toString("utf8"));
    parts.push(iconv.decode(Buffer.from([bytes[i]!]), "windows-1252"));
    invalid++;
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(Buffer.from(bytes.subarray(runStart)).toString("utf8"));
  return { text: parts.join(""), multibyte, invalid };
}
