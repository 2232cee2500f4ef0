/** Control characters, zero-width space, soft hyphen, bidi marks, word joiner, byte-order mark. */
const INVISIBLE = /(?!\n)[\p{Cc}\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/**
 * The one canonical form of an article's text: every offset recoupe shows points into it, so the
 * same input must always give the same string. `normalizeText(normalizeText(x)) === normalizeText(x)`.
 *
 * - Unicode NFC.
 * - Line breaks: CR LF, CR, NEL and LINE SEPARATOR become "\n"; PARAGRAPH SEPARATOR, form feed and
 *   vertical tab a paragraph break.
 * - Spaces: tab, no-break space, narrow no-break space, thin and other typographic spaces become a
 *   plain space; runs collapse to one; lines are trimmed. « and » therefore keep one plain space on
 *   their inner side when the input had any ("« franches »"), and none when it had none ("«unie»").
 * - Removed: control characters, zero-width space, word joiner, byte-order mark, soft hyphen, bidi
 *   marks and embeddings (zero-width joiner and non-joiner are kept: some scripts need them).
 * - Apostrophes: an apostrophe between two letters (' ʼ ‘ ` ´) becomes the typographic ’, so
 *   "l'Ukraine" and "l’Ukraine" read the same. Quotation marks are kept as written: « » “ ” „ " are
 *   not converted into one another (guessing the direction of a straight quote is error-prone).
 * - Paragraphs are separated by exactly "\n\n", lines inside a paragraph by "\n"; no leading or
 *   trailing blank.
 */
export function normalizeText(text: string): string {
  const unified = text
    .normalize("NFC")
    .replace(/\r\n?|\u0085|\u2028/g, "\n")
    .replace(/[\u2029\f\v]/g, "\n\n")
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/(?<=\p{L}\p{M}*)['ʼ‘`´](?=\p{L})/gu, "’");
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const rawLine of unified.split("\n")) {
    const line = rawLine.replace(/ {2,}/g, " ").trim();
    if (line === "") {
      if (lines.length > 0) paragraphs.push(lines.join("\n"));
      lines = [];
    } else {
      lines.push(line);
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join("\n"));
  return paragraphs.join("\n\n");
}

/** A title or other one-line field: normalised like the text, with its line breaks turned into spaces. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/\n+/g, " ");
}
