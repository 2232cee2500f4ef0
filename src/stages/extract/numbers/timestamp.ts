import { WEEKDAY_NAMES } from "../../../language-data/calendar-words.js";
import { STAMP_CUE_WORDS, STAMP_WORDS } from "../../../language-data/stamp-words.js";
import type { NumberLexicon } from "./number-lexicon.js";

/** How far around a time of day its date is looked for, in characters. */
const REACH = 45;

/** The words a stamp is made of besides numbers, months and weekdays (`STAMP_WORDS`). */
const STAMP_WORD_SET: ReadonlySet<string> = new Set(STAMP_WORDS);
/** A stamp word that alone makes the time after it a page's ("Updated 4:08 p.m. ET"). */
const STAMP_CUES = new RegExp(`(?:^|[^\\p{L}])(?:${STAMP_CUE_WORDS.join("|")})(?![\\p{L}])`, "iu");

const datesByLexicon = new WeakMap<NumberLexicon, ReadonlySet<string>>();

/** Months and weekdays of the language, whole and cut to three letters ("Fri", "Nov"), lower-case. */
function dateWords(lexicon: NumberLexicon): ReadonlySet<string> {
  let words = datesByLexicon.get(lexicon);
  if (words === undefined) {
    const names = [...lexicon.months, ...(WEEKDAY_NAMES[lexicon.language as "en"] ?? []).flat()].map((name) =>
      name.toLowerCase(),
    );
    words = new Set([...names, ...names.map((name) => name.slice(0, 3))]);
    datesByLexicon.set(lexicon, words);
  }
  return words;
}

/** A year or a numeric date: what makes date material a whole date ("2013", "11/30/09", "2012-04-04"). */
const DATED = /(?:^|[^\d])(?:19|20)\d{2}(?!\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}/u;

/** True when `word` can be part of a stamp's date: a number, a month or weekday, a stamp word, a time zone. */
function isDateMaterial(word: string, dates: ReadonlySet<string>): boolean {
  if (/^\d{1,4}(?:st|nd|rd|th|er)?$/iu.test(word)) return true;
  if (/^[A-Z]{2,4}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  return dates.has(lower) || STAMP_WORD_SET.has(lower);
}

/** The longest run of date material at one end of `side`, within its line: its text. */
function dateMaterial(side: string, fromEnd: boolean, dates: ReadonlySet<string>): string {
  const line = fromEnd ? side.slice(side.lastIndexOf("\n") + 1) : side.split("\n", 1)[0]!;
  const words = [...line.matchAll(/[\p{L}\p{N}]+/gu)];
  if (fromEnd) words.reverse();
  let edge = fromEnd ? line.length : 0;
  for (const word of words) {
    if (!isDateMaterial(word[0], dates)) break;
    edge = fromEnd ? word.index : word.index + word[0].length;
  }
  return fromEnd ? line.slice(edge) : line.slice(0, edge);
}

/**
 * True when the time of day at `start..end` stamps when a page was written, not when something happened: it sits
 * next to a whole date (with its year) and only date material between ("May 2, 2013 12:50 PM", "12:52 p.m. EDT May 2,
 * 2013", "Updated: 11/30/09 05:40 PM ET", "22:07 GMT, 7 July 2012"). News tells of an event's time without the
 * year: a full date beside a time is the byline's, and so is a time after "Updated", "Posted", "Publié"…
 */
export function isTimestamp(text: string, start: number, end: number, lexicon: NumberLexicon): boolean {
  const dates = dateWords(lexicon);
  const before = dateMaterial(text.slice(Math.max(0, start - REACH), start), true, dates);
  if (DATED.test(before) || STAMP_CUES.test(before)) return true;
  return DATED.test(dateMaterial(text.slice(end, end + REACH), false, dates));
}
