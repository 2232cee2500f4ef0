/** Signatures of common binary formats people pass by mistake. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "zip archive (or Office document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a sample is not text. */
const MAX_CONTROL_RATIO = 0.1;

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Why bytes are not text, or undefined when they look like text: a known binary signature, a NUL byte, or too many
 * control characters (tab, line feed, form feed, carriage return and escape are allowed) in the first 8 KB.
 */
export function detectBinary(bytes: Uint8Array, options: { signaturesOnly?: boolean } = {}): string | undefined {
  for (const magic of MAGIC) {
    if (magic.bytes.every((byte, index) => bytes[index] === byte)) return `looks like a ${magic.name}`;
  }
  if (options.signaturesOnly) return undefined;
  if (isUtf16(bytes)) return undefined;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return "contains NUL bytes";
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) {
    return `${Math.round((100 * control) / sample.length)}% of its first bytes are control characters`;
  }
  return undefined;
}
