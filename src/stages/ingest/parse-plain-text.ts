import type { RemovedText } from "../../domain/index.js";
import { type HeaderField, readTextHeader } from "./read-text-header.js";

/** A text file read as an article: its body, and the metadata it carries when it carries them. */
export interface PlainTextArticle {
  title: string | undefined;
  publishedAt: string | undefined;
  /** The other fields of a metadata header (source, URL, byline, language), when it has one. */
  header: Partial<Record<Exclude<HeaderField, "title" | "publishedAt">, string>>;
  /** Header lines whose value could not be read, as written. */
  unreadable: string[];
  text: string;
  removed: RemovedText[];
}

/** ` date 2022-01` or `date 2022-01-21` at the very start: a date marker some exports put before the text. */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/i;

const MAX_TITLE_CHARACTERS = 200;
const MAX_TITLE_WORDS = 25;

/**
 * Capitalised words that start a sentence but hardly ever stand inside a headline after a common word:
 * articles, demonstratives, subject pronouns (fr, en, es, it, pt, de, nl, ro).
 */
const SENTENCE_OPENERS = new Set([
  "le",
  "la",
  "les",
  "un",
  "une",
  "des",
  "ce",
  "cette",
  "ces",
  "il",
  "elle",
  "ils",
  "elles",
  "on",
  "nous",
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "he",
  "she",
  "they",
  "we",
  "it",
  "el",
  "los",
  "las",
  "una",
  "unos",
  "unas",
  "este",
  "esta",
  "lo",
  "gli",
  "uno",
  "questo",
  "questa",
  "o",
  "os",
  "as",
  "um",
  "uma",
  "der",
  "die",
  "das",
  "ein",
  "eine",
  "er",
  "sie",
  "wir",
  "de",
  "het",
  "een",
]);

/** Short words a headline never ends on before the body starts (prepositions, articles, conjunctions). */
const NOT_BEFORE_BOUNDARY =
  /^(?:à|a|au|aux|de|du|des|en|et|ou|sur|sous|dans|pour|par|avec|vers|chez|le|la|les|un|une|in|on|at|to|of|for|from|with|by|and|or|the|y|e|o|di|da|del|von|zu|und|im|am|met|van|het|een)$/i;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** Whether a line has the shape of a headline: short, starts like a title, no sentence end. */
function isHeadlineShaped(line: string): boolean {
  const trimmed = line.trim();
  const words = countWords(trimmed);
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_CHARACTERS || words < 2 || words > MAX_TITLE_WORDS)
    return false;
  if (!/^[\p{Lu}\p{N}«"“‘'(]/u.test(trimmed)) return false;
  if (/[.;:,…]$|\.\.$/.test(trimmed)) return false;
  return /\p{L}/u.test(trimmed);
}

/**
 * A headline run into its first sentence on one line ("Situation en Ukraine – Blinken et Lavrov se rencontreront à
 * Genève vendredi Le chef de la diplomatie …"): split where a sentence opener follows a lower-case word, if the part
 * before reads as a headline and the part after as a full sentence. Undefined when no such boundary is clear.
 */
export function splitRunInHeadline(line: string): { title: string; rest: string } | undefined {
  const words = [...line.matchAll(/\S+/g)];
  for (let i = 2; i < Math.min(words.length, MAX_TITLE_WORDS + 1); i++) {
    const word = words[i]![0];
    const previous = words[i - 1]![0];
    if (!/^\p{Lu}\p{Ll}*$/u.test(word) || !SENTENCE_OPENERS.has(word.toLowerCase())) continue;
    if (!/^\p{Ll}[\p{Ll}\p{N}'’-]{2,}$/u.test(previous) || NOT_BEFORE_BOUNDARY.test(previous)) continue;
    // "Le Pen", "La Haye", "The Guardian": an article starting a name, not a sentence.
    if (/^\p{Lu}/u.test(words[i + 1]?.[0] ?? "")) continue;
    const title = line.slice(0, words[i]!.index).trim();
    const rest = line.slice(words[i]!.index).trim();
    if (!isHeadlineShaped(title) || /[.!?]/.test(title)) continue;
    if (countWords(rest) >= 8 && /[.!?»"”]$/.test(rest)) return { title, rest };
    return undefined;
  }
  return undefined;
}

/**
 * Reads a plain-text article. A metadata header (`Title:`, `Date:`, `Source:`… lines, or front matter; see
 * `readTextHeader`) gives the fields it names, and a leading date marker `publishedAt`; both go to `removed`.
 * Without a header title, the first line is taken as the title only when it is clearly one: headline-shaped,
 * followed by more text, and on its own line or run into a first sentence at a clear boundary. Otherwise the
 * text is kept whole.
 */
export function parsePlainText(raw: string): PlainTextArticle {
  let text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const removed: RemovedText[] = [];
  const found = readTextHeader(text.replace(/^\s*\n/, ""));
  const { title: headerTitle, publishedAt: headerDate, ...header } = found?.fields ?? {};
  if (found !== undefined) {
    removed.push({ text: found.text.trim(), reason: "metadata-header" });
    text = found.rest;
  }
  let publishedAt = headerDate;
  const marker = DATE_MARKER.exec(text);
  if (marker !== null) {
    publishedAt ??= marker[1];
    removed.push({ text: marker[0].trim(), reason: "date-marker" });
    text = text.slice(marker[0].length);
  }
  text = text.replace(/^\s*\n/, "").replace(/\s+$/, "");
  const unreadable = found?.unreadable ?? [];
  if (headerTitle !== undefined)
    return { title: headerTitle, publishedAt, header, unreadable, text: normalizeParagraphs(text), removed };
  const lineEnd = text.indexOf("\n");
  const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const after = lineEnd < 0 ? "" : text.slice(lineEnd + 1);
  let title: string | undefined;
  if (after.trim().length > 0 && isHeadlineShaped(firstLine) && !/[!?]$/.test(firstLine.trim())) {
    const next = after.replace(/^\s*\n/, "").split("\n")[0] ?? "";
    const blankAfter = /^[ \t]*\n/.test(after);
    if (blankAfter || next.trim().length > firstLine.trim().length) {
      title = firstLine.trim();
      text = after.replace(/^\s*\n/, "");
    }
  } else {
    const split = splitRunInHeadline(firstLine);
    if (split !== undefined) {
      title = split.title;
      text = `${split.rest}${lineEnd < 0 ? "" : `\n${after}`}`;
    }
  }
  return { title, publishedAt, header, unreadable, text: normalizeParagraphs(text), removed };
}

/** Lines trimmed of trailing spaces, runs of blank lines made one, ends trimmed. */
function normalizeParagraphs(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, "\n\n")
    .trim();
}
