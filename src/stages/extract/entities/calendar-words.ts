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
