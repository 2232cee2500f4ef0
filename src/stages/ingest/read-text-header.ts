import { MONTH_NAMES } from "../../language-data/calendar-words.js";
import { foldAccents } from "../segment/index.js";
import { cleanValue, normalizeDate, normalizeLanguage } from "./normalize-metadata.js";

/** The metadata a text file may carry in a header before its body. */
export type HeaderField = "title" | "publishedAt" | "source" | "url" | "byline" | "language";

/** A text file's header: the fields read, the header's text as written, and the body after it. */
export interface TextHeader {
  fields: Partial<Record<HeaderField, string>>;
  /** The header as written (delimiters included), to be listed as removed text. */
  text: string;
  /** What follows the header. */
  rest: string;
  /** Header lines whose value could not be read (a date no calendar reads, a language that is no code), as written. */
  unreadable: string[];
}

/**
 * The names a header gives each field, lower case without accents, in the languages recoupe reads
 * (exports and hand-written notes use their own language's word as often as English).
 */
const FIELD_NAMES: Record<HeaderField, readonly string[]> = {
  title: ["title", "headline", "titre", "titulo", "titolo", "titel", "titlu", "uberschrift"],
  publishedAt: [
    "date",
    "published",
    "published at",
    "publishedat",
    "published_at",
    "pubdate",
    "publication date",
    "date de publication",
    "publie le",
    "fecha",
    "data",
    "datum",
  ],
  source: [
    "source",
    "outlet",
    "publisher",
    "site",
    "site name",
    "sitename",
    "media",
    "journal",
    "fuente",
    "medio",
    "fonte",
    "testata",
    "quelle",
    "sursa",
  ],
  url: ["url", "link", "lien", "enlace", "uri"],
  byline: ["author", "authors", "by", "byline", "auteur", "auteurs", "autor", "autores", "autore", "autori", "autorin"],
  language: ["language", "lang", "langue", "idioma", "lengua", "lingua", "sprache", "limba"],
};

const FIELD_OF = new Map<string, HeaderField>(
  Object.entries(FIELD_NAMES).flatMap(([field, names]) => names.map((name) => [name, field as HeaderField])),
);

/** `Key: value`: a key of at most three words, a colon, the value on the same line. */
const HEADER_LINE = /^[ \t]*(\p{L}[\p{L}_-]*(?: [\p{L}_-]+){0,2}?)[ \t]*:[ \t]*(.*?)[ \t]*$/u;
/** More header lines than this and it is no header. */
const MAX_HEADER_LINES = 20;

/** The field a header key names, or undefined. */
const fieldOf = (key: string): HeaderField | undefined => FIELD_OF.get(foldAccents(key));

/** A YAML scalar's quotes taken off. */
const unquoted = (value: string): string => {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match === null ? value : match[2]!;
};

/** Month numbers (1–12) by month name, every language and written form, lower case, no final dot. */
const MONTH_NUMBERS = new Map<string, number>(
  Object.values(MONTH_NAMES).flatMap((months) =>
    months.flatMap((forms, index) => forms.map((form) => [foldAccents(form).replace(/\.$/, ""), index + 1] as const)),
  ),
);

const pad = (value: number): string => String(value).padStart(2, "0");

/**
 * A date written in words, day first or month first, in any language of `MONTH_NAMES` ("9 mars 2026",
 * "March 9, 2026", "9 de marzo de 2026", "9. März 2026"): its ISO day, or undefined.
 */
export function readWrittenDate(value: string): string | undefined {
  const words = foldAccents(value)
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && word !== "de" && word !== "del" && word !== "of" && word !== "le");
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const known = MONTH_NUMBERS.get(word);
    if (known !== undefined && month === undefined) month = known;
    else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}(?:er|st|nd|rd|th|º|°)?$/.test(word) && day === undefined) day = Number.parseInt(word, 10);
  }
  if (month === undefined || year === undefined) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** "14.11.2025", "14/11/2025", "2025/11/14": a day, a month and a year in figures. */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$|^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;

/**
 * A date written in figures as Europe writes it ("14.11.2025": day, month, year; "14/11/2025" too), or year first
 * ("2025/11/14"): its ISO day. With slashes and both first numbers 12 or less, the order is the writer's custom
 * ("11/12/2025" is 11 December in Europe, November 12 in the United States): undefined, not a guess. A date with
 * dots is always day first.
 */
export function readNumericDate(value: string): string | undefined {
  const match = NUMERIC_DATE.exec(value.trim());
  if (match === null) return undefined;
  let [day, month, year] =
    match[5] !== undefined
      ? [Number(match[7]), Number(match[6]), Number(match[5])]
      : [Number(match[1]), Number(match[3]), Number(match[4])];
  if (match[2] === "/" && day <= 12 && month <= 12 && day !== month) return undefined;
  if (match[2] === "/" && month > 12) [day, month] = [month, day];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? `${year}-${pad(month)}-${pad(day)}`
    : undefined;
}

/** A field's value as the article takes it, or undefined when it cannot be read. */
function fieldValue(field: HeaderField, written: string): string | undefined {
  const value = cleanValue(unquoted(written));
  if (value === undefined) return undefined;
  // A date with its time is read whole ("Mon, 09 Mar 2026 10:00:00 GMT"); a day written in words by
  // its words, not by \`Date\`, which would give it a time it does not have.
  if (field === "publishedAt")
    return /\d:\d\d/.test(value)
      ? (normalizeDate(value) ?? readWrittenDate(value))
      : NUMERIC_DATE.test(value)
        ? readNumericDate(value)
        : (readWrittenDate(value) ?? normalizeDate(value));
  if (field === "language") return normalizeLanguage(value);
  if (field === "url") return /^https?:\/\/\S+$/i.test(value) ? value : undefined;
  return value;
}

/**
 * Reads `lines` as header lines, each a key and its value; undefined when one is not, or when none
 * names a known field. Other keys ("Section: Monde") are part of the header but give nothing.
 */
function readLines(lines: readonly string[]): Pick<TextHeader, "fields" | "unreadable"> | undefined {
  const fields: TextHeader["fields"] = {};
  const unreadable: string[] = [];
  let known = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const match = HEADER_LINE.exec(line);
    if (match === null) return undefined;
    const field = fieldOf(match[1]!);
    if (field === undefined) continue;
    known++;
    const value = fieldValue(field, match[2]!);
    if (value === undefined) {
      if (match[2]!.trim() !== "") unreadable.push(line.trim());
    } else fields[field] ??= value;
  }
  return known > 0 ? { fields, unreadable } : undefined;
}

/**
 * The metadata header a text file starts with, if it has one: front matter between two `---` lines,
 * or `Key: value` lines ended by a blank line or by the body. At least one key must name a field
 * (Title, Date, Source, URL, Author, Language, or the same word in French, Spanish, German, Italian,
 * Portuguese, Romanian), so a body that starts "Attention: …" is never read as one; a value that
 * cannot be read (a date no calendar reads) is reported in `unreadable`, not guessed.
 */
export function readTextHeader(text: string): TextHeader | undefined {
  const lines = text.split("\n");
  if (/^---[ \t]*$/.test(lines[0] ?? "")) {
    const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
    if (close < 0 || close > MAX_HEADER_LINES + 1) return undefined;
    const read = readLines(lines.slice(1, close));
    if (read === undefined) return undefined;
    return { ...read, text: lines.slice(0, close + 1).join("\n"), rest: lines.slice(close + 1).join("\n") };
  }
  let end = 0;
  while (end < lines.length && end < MAX_HEADER_LINES && HEADER_LINE.test(lines[end]!)) end++;
  if (end === 0 || end === lines.length) return undefined;
  const read = readLines(lines.slice(0, end));
  if (read === undefined) return undefined;
  return { ...read, text: lines.slice(0, end).join("\n"), rest: lines.slice(end).join("\n") };
}
