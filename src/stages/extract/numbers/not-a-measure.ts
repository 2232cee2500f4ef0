import type { Token } from "../../../domain/text.js";
import { ORDINAL_SUFFIXES } from "../../../language-data/ordinal-suffixes.js";
import { wordSetsByLanguage } from "../../segment/index.js";
import type { NumberLexicon } from "./number-lexicon.js";

/**
 * True when the digits of `tokens[index..last]` are no measure of their own: joined to other characters into a
 * score, a range, a name, a date or a path (`partOfCode`), a day after a month's name (`afterMonth`) or before it
 * past a joining word ("9 de marzo", "28 de outubro": `beforeJoinedMonth`), or an
 * ordinal ("the 85th Academy Awards", "le 3e tour": which one, not how many).
 */
export function isNotAMeasure(
  tokens: readonly Token[],
  index: number,
  last: number,
  text: string,
  lexicon: NumberLexicon,
): boolean {
  return (
    partOfCode(text, tokens[index]!.start, tokens[last]!.end) ||
    afterMonth(tokens, index, lexicon) ||
    beforeJoinedMonth(tokens, last, lexicon) ||
    isOrdinal(tokens, last, text, lexicon.language)
  );
}

const ordinalSuffixes = wordSetsByLanguage(ORDINAL_SUFFIXES);

/** True when an ordinal's suffix is written right after the digits ending at `last` ("85th", "3e", "5º", "3-lea"). */
function isOrdinal(tokens: readonly Token[], last: number, text: string, language: string): boolean {
  const suffixes = ordinalSuffixes(language);
  const digits = tokens[last]!;
  const next = tokens[last + 1];
  if (next === undefined || !/\d$/.test(digits.text)) return false;
  // Romanian writes a hyphen before the suffix ("al 3-lea", "a 3-a"), Spanish a period before "º", "ª" ("3.ª").
  const gap = text.slice(digits.end, next.start);
  const joined = gap === "" || (gap === "-" && language === "ro") || (gap === "." && /^[ºª]$/.test(next.text));
  return joined && suffixes.has(next.text.toLowerCase());
}

const DASHES = new Set(["-", "\u2013"]);
const isLetterOrDigit = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * True when the digits at `start..end` are joined to other characters into no quantity of their own: a score or a
 * range ("27-24", "1974-78"), a name ("COVID-19", "F-16"), a date or a path ("05/02/07", "news/133594"), a web
 * address ("www.nydailynews.com/…/article-1.1314511").
 */
function partOfCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === "/" || after === "/") return true;
  // "2012-5:46 pm": the minutes of a time whose hour was not read.
  if (before === ":" && /\p{N}/u.test(text[start - 2] ?? "")) return true;
  if (inAddress(text, start, end)) return true;
  if (before !== undefined && DASHES.has(before) && isLetterOrDigit(text[start - 2])) return true;
  return after !== undefined && DASHES.has(after) && /\p{N}/u.test(text[end + 1] ?? "");
}

/** True when the number is a day after a capitalised month's name ("March 2", "Jan. 6", "June 06, 2013"). */
function afterMonth(tokens: readonly Token[], index: number, lexicon: NumberLexicon): boolean {
  const month = tokens[index - 1];
  const day = tokens[index]!;
  return (
    month?.capitalized === true &&
    month.sentence === day.sentence &&
    day.start - month.end <= 2 &&
    /^\d{1,2}$/.test(day.text) &&
    lexicon.months.has(month.normal)
  );
}

/** True when the number ending at `last` is a day before its month past a joining word ("9 de marzo", "25 of March"). */
function beforeJoinedMonth(tokens: readonly Token[], last: number, lexicon: NumberLexicon): boolean {
  const [day, joiner, month] = [tokens[last]!, tokens[last + 1], tokens[last + 2]];
  return (
    joiner !== undefined &&
    month !== undefined &&
    month.sentence === day.sentence &&
    /^\d{1,2}$/.test(day.text) &&
    lexicon.dateJoiners.has(joiner.normal) &&
    lexicon.months.has(month.normal)
  );
}

/** True when the digits lie in a word with no space that reads as a web address ("https://", "www.", ".html"). */
function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 200 && !/\s/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !/\s/u.test(text[to]!)) to++;
  return /https?:|www\.|\.html?\b|\.php\b/iu.test(text.slice(from, to));
}
