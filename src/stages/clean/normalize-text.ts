import { classBefore, LETTER, MARK, widthOf } from "./char-classes.js";
import { repairMojibake } from "./repair-mojibake.js";

/** Control characters, zero-width space, soft hyphen, bidi marks, word joiner, byte-order mark. */
const INVISIBLE = /(?!\n)[\p{Cc}\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/**
 * The one canonical form of an article's text: every offset recoupe shows points into it, so the
 * same input must always give the same string. `normalizeText(normalizeText(x)) === normalizeText(x)`.
 *
 * - UTF-8 read as Windows-1252 upstream is read back ("SanÃ¡" → "Saná", "â€™" → "’": `repairMojibake`).
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
  const decoded = repairMojibake(text).text;
  let unified = NOT_ALWAYS_COMPOSED.test(decoded) ? decoded.normalize("NFC") : decoded;
  if (ODD_CHARACTER.test(unified)) {
    unified = unified
      .replace(/\r\n?|\u0085|\u2028/g, "\n")
      .replace(/[\u2029\f\v]/g, "\n\n")
      .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      .replace(INVISIBLE, "");
  }
  if (APOSTROPHE.test(unified)) unified = typographicApostrophes(unified);
  // Left are plain spaces and "\n": most texts are laid out already.
  if (!needsLayout(unified)) return unified;
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

/**
 * A code unit NFC may change: text without any (Latin letters, spacing modifiers, general punctuation
 * from U+2002, currency signs) is composed already, so the normalisation pass is skipped. (Each of
 * these is stable alone and composes with none of them: checked over all pairs.)
 */
const NOT_ALWAYS_COMPOSED = /[\u0300-\u2001\u2070-\u209F\u20C1-\uFFFF]/;
/** A superset of what the four replacements of odd breaks, spaces and invisible characters would change. */
const ODD_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what it looks for
  /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F-\u2069\u3000\uFEFF]/;
const APOSTROPHE = /['ʼ‘`´]/;
const APOSTROPHE_BEFORE_LETTER = /['ʼ‘`´](?=\p{L})/gu;

/**
 * Every apostrophe between two letters (any marks after the first) made the typographic ’: the
 * replacement `(?<=\p{L}\p{M}*)['ʼ‘`´](?=\p{L})` makes, without the look-behind the regular
 * expression engine would try at every position of the text.
 */
function typographicApostrophes(text: string): string {
  let result = "";
  let copied = 0;
  APOSTROPHE_BEFORE_LETTER.lastIndex = 0;
  for (let found = APOSTROPHE_BEFORE_LETTER.exec(text); found !== null; found = APOSTROPHE_BEFORE_LETTER.exec(text)) {
    if (!followsLetter(text, found.index)) continue;
    result += `${text.slice(copied, found.index)}’`;
    copied = found.index + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** Whether a letter, then any marks, stands right before `end`. */
function followsLetter(text: string, end: number): boolean {
  let i = end;
  while (i > 0) {
    const kind = classBefore(text, i);
    if ((kind & MARK) === 0) return (kind & LETTER) !== 0;
    i -= widthOf(kind);
  }
  return false;
}

/** Where the line pass has work in a text of plain spaces and "\n": a run of spaces, a space by a line break, a blank line. */
const UNTIDY_INSIDE = / {2}| \n|\n |\n\n\n/;

/** Whether the line pass would change a text of plain spaces and "\n" (one search beats a pass over every character). */
function needsLayout(text: string): boolean {
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  return first === " " || first === "\n" || last === " " || last === "\n" || UNTIDY_INSIDE.test(text);
}

/** A title or other one-line field: normalised like the text, with its line breaks turned into spaces. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/\n+/g, " ");
}
