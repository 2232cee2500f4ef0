import type { Token } from "../../../domain/text.js";
import { MONTH_NAMES } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { foldAccents } from "../../segment/index.js";

const cache = new Map<string, Set<string>>();

/**
 * Month and weekday names of `language`, folded, from `Intl.DateTimeFormat` (English ones always included,
 * as they are capitalised in every text): never names of entities on their own.
 */
export function calendarWords(language: string): Set<string> {
  let words = cache.get(language);
  if (words !== undefined) return words;
  words = new Set<string>();
  for (const locale of new Set([language, "en"])) {
    const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2024, m, 1));
      words.add(foldAccents(month.format(date)));
    }
    for (let d = 1; d <= 7; d++) words.add(foldAccents(weekday.format(new Date(Date.UTC(2024, 0, d)))));
  }
  cache.set(language, words);
  return words;
}

const abbreviationCache = new Map<string, Set<string>>();

/**
 * The abbreviated month names `MONTH_NAMES` lists for `language` and English (the forms written with a period), folded,
 * without it ("jan", "sept", "dez", "janv"): calendar words only where an abbreviation is, before a period or next to
 * a number ("Nov. 3", "Jan 31", "17 Feb"), for "Jan" is also a given name ("Jan Kowalski").
 */
function monthAbbreviations(language: string): Set<string> {
  let words = abbreviationCache.get(language);
  if (words !== undefined) return words;
  words = new Set<string>();
  for (const lang of new Set([language, "en"])) {
    for (const forms of MONTH_NAMES[lang as SupportedLanguage] ?? []) {
      for (const form of forms) if (form.endsWith(".")) words.add(foldAccents(form.slice(0, -1)));
    }
  }
  abbreviationCache.set(language, words);
  return words;
}

/**
 * Whether the token at an index is a month or weekday name of `language` ("Vendredi", "January"), or an abbreviated
 * month before a period or next to a number ("Nov. 3", "Jan 31", "17 Feb"). `folded` gives a token's folded written
 * form.
 */
export function calendarAt(
  tokens: readonly Token[],
  text: string,
  language: string,
  folded: (index: number) => string,
): (index: number) => boolean {
  const full = calendarWords(language);
  const abbreviations = monthAbbreviations(language);
  return (index) => {
    const word = folded(index);
    if (full.has(word)) return true;
    if (!abbreviations.has(word)) return false;
    const token = tokens[index]!;
    const [previous, next] = [tokens[index - 1], tokens[index + 1]];
    return (
      text.charCodeAt(token.end) === 0x2e ||
      (next !== undefined && next.start === token.end + 1 && /^\d/.test(next.text)) ||
      (previous !== undefined && previous.end === token.start - 1 && /^\d/.test(previous.text))
    );
  };
}
