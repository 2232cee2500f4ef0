import type { Span } from "../../domain/span.js";
import { MONTH_NAMES } from "../../language-data/calendar-words.js";
import { TITLE_ABBREVIATIONS } from "../../language-data/title-abbreviations.js";
import { classAt, LETTER, LOWER, NUMBER, previousStart, SPACE, UPPER, widthAt } from "./char-class.js";

const DOT = 0x2e;

/** Opening characters allowed before a trailing abbreviation: `[\s(«“"'’]`. */
function opensWord(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (
    code === 0x28 ||
    code === 0xab ||
    code === 0x201c ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x2019 ||
    (classAt(text, index) & SPACE) !== 0
  );
}

/**
 * The word ending `previous` just before its final period, as `/(?:^|[\s(«“"'’])([\p{L}.]+)\.$/u`
 * would capture it ("M" in "… M."), or null. Walks back from the end instead of trying every start.
 */
function abbreviationBefore(text: string, previous: Span): string | null {
  const period = previous.end - 1;
  if (period < previous.start || text.charCodeAt(period) !== DOT) return null;
  let start = period;
  while (start > previous.start) {
    const before = previousStart(text, start, previous.start);
    if (text.charCodeAt(before) !== DOT && (classAt(text, before, start) & LETTER) === 0) break;
    start = before;
  }
  if (start === period) return null;
  return start === previous.start || opensWord(text, start - 1) ? text.slice(start, period) : null;
}

/** Whether `[start, end)` holds a letter or a number: `/[\p{L}\p{N}]/u`. */
function hasLetterOrNumber(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += widthAt(text, index, end)) {
    if ((classAt(text, index, end) & (LETTER | NUMBER)) !== 0) return true;
  }
  return false;
}

/** Whether the first letter in `[start, end)` is a capital: `/^\P{L}*\p{Lu}/u`. */
function firstLetterIsCapital(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += widthAt(text, index, end)) {
    const bits = classAt(text, index, end);
    if ((bits & LETTER) !== 0) return (bits & UPPER) !== 0;
  }
  return false;
}

/** Whether `previous` ends with a question, exclamation or ellipsis, then maybe a closing quote: `/[?!…]\s*[»”"]?$/u`. */
function endsWithQuestion(text: string, previous: Span): boolean {
  let end = previous.end;
  const last = text.charCodeAt(end - 1);
  if (end > previous.start && (last === 0xbb || last === 0x201d || last === 0x22)) end--;
  while (end > previous.start && (classAt(text, end - 1) & SPACE) !== 0) end--;
  if (end === previous.start) return false;
  const code = text.charCodeAt(end - 1);
  return code === 0x3f || code === 0x21 || code === 0x2026;
}

/** Whether `next` starts, after spaces, quotes and closing brackets, with a lower-case letter: `/^[\s«»“”"'’)\]]*\p{Ll}/u`. */
function startsLowerCase(text: string, next: Span): boolean {
  let index = next.start;
  for (; index < next.end; index++) {
    const code = text.charCodeAt(index);
    const skipped =
      code === 0xab ||
      code === 0xbb ||
      code === 0x201c ||
      code === 0x201d ||
      code === 0x22 ||
      code === 0x27 ||
      code === 0x2019 ||
      code === 0x29 ||
      code === 0x5d ||
      (classAt(text, index) & SPACE) !== 0;
    if (!skipped) break;
  }
  return index < next.end && (classAt(text, index, next.end) & LOWER) !== 0;
}

/** Single capitals joined by periods, the last period left out: "U.S", "J.D", "U.K". */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Two like capitals, one letter of an abbreviation in the plural as Spanish writes them ("EE" of "EE. UU."). */
const PAIRED_CAPITALS = /^(\p{Lu})\1$/u;

/** The letters `next` opens on after anything but letters and numbers (none when a number comes first): `/^[^\p{L}\p{N}]*(\p{L}*)/u`. */
function firstWord(text: string, next: Span): string {
  let start = next.start;
  while (start < next.end && (classAt(text, start, next.end) & (LETTER | NUMBER)) === 0)
    start += widthAt(text, start, next.end);
  let end = start;
  while (end < next.end && (classAt(text, end, next.end) & LETTER) !== 0) end += widthAt(text, end, next.end);
  return text.slice(start, end);
}

/**
 * Month names that a day written as an ordinal comes before ("am 21. Januar"): German's, the one
 * language here that writes dates so. (In English "… was 12. March came." is two sentences.)
 */
const ORDINAL_DATE_MONTHS = new Set((MONTH_NAMES.de ?? []).flat().map((form) => form.toLowerCase().replace(/\.$/, "")));

/** Whether `previous` ends with a day number and its period, as in "Am 21." (`/(?:^|\s)\d{1,2}\.$/`). */
function endsWithDayNumber(text: string, previous: Span): boolean {
  const period = previous.end - 1;
  if (period <= previous.start || text.charCodeAt(period) !== DOT) return false;
  let start = period;
  while (start > previous.start && period - start < 3) {
    const code = text.charCodeAt(start - 1);
    if (code < 48 || code > 57) break;
    start--;
  }
  if (start === period || period - start > 2) return false;
  return start === previous.start || (classAt(text, start - 1) & SPACE) !== 0;
}

/** Whether `next` opens with a German month name ("Januar trafen sich…"). */
function startsWithMonth(text: string, next: Span): boolean {
  let end = next.start;
  while (end < next.end && (classAt(text, end, next.end) & LETTER) !== 0) end += widthAt(text, end, next.end);
  return end > next.start && ORDINAL_DATE_MONTHS.has(text.slice(next.start, end).toLowerCase());
}

/**
 * Whether the sentence break between `previous` and `next` (spans of `text`) is wrong and `next`
 * continues `previous`: after a title ("M. Lavrov"), an initial ("J. Biden"), another abbreviation
 * not followed by a capital ("etc. et") or followed by a number ("a.m. (0242 GMT)"), a day written as an ordinal before its month ("21. Januar"),
 * or a quoted question followed by its attribution.
 */
export function continuesSentence(
  text: string,
  previous: Span,
  next: Span,
  abbreviations: Set<string>,
  isFunctionWord?: (word: string) => boolean,
): boolean {
  // Only punctuation or closing quotes: glue to the sentence before (". ." in hasty copy).
  if (!hasLetterOrNumber(text, next.start, next.end)) return true;
  const lastWord = abbreviationBefore(text, previous);
  if (lastWord !== null) {
    const word = lastWord.toLowerCase();
    if (TITLE_ABBREVIATIONS.has(word)) return true;
    // A single capital initial: "J. Biden".
    if (lastWord.length === widthAt(lastWord, 0) && (classAt(lastWord, 0) & UPPER) !== 0) return true;
    // A dotted initialism ("U.S. Army", "J.D. Vance") goes on, unless a function word opens what follows ("… in the
    // U.S. The talks resumed"): a sentence rarely opens on a name or a noun right after one.
    if (isFunctionWord !== undefined && DOTTED_INITIALISM.test(lastWord) && !isFunctionWord(firstWord(text, next)))
      return true;
    // A Spanish plural abbreviation's letters: "EE. UU." (Estados Unidos), "FF. AA." (Fuerzas Armadas).
    if (PAIRED_CAPITALS.test(lastWord) && PAIRED_CAPITALS.test(firstWord(text, next))) return true;
    // Other abbreviations ("etc.", "env.") end a sentence only when a capital follows, not when a number
    // comes first ("3:42 a.m. (0242 GMT) at…", "No. 5 on the list").
    if (abbreviations.has(word) && (!firstLetterIsCapital(text, next.start, next.end) || firstWord(text, next) === ""))
      return true;
  }
  // A day written as an ordinal ("am 21. Januar", "1. Mai"): the period does not end the sentence.
  if (endsWithDayNumber(text, previous) && startsWithMonth(text, next)) return true;
  // "« Vraiment ? » a-t-il demandé": a question or exclamation inside a quote, then the attribution.
  return endsWithQuestion(text, previous) && startsLowerCase(text, next);
}
