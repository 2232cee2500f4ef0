import type { Token } from "../../domain/text.js";
import { DATE_JOINERS, MONTH_NAMES } from "../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../language-data/languages.js";

interface DateWords {
  months: Set<string>;
  joiners: Set<string>;
}

const wordsByLanguage = new Map<string, DateWords>();

/** Month names as tokens' normal forms ("janv." → "janv", "Jan." → "jan"), and date joiners, per language. */
function dateWords(language: string): DateWords {
  let words = wordsByLanguage.get(language);
  if (words === undefined) {
    const months = (MONTH_NAMES[language as SupportedLanguage] ?? []).flat();
    words = {
      months: new Set(months.map((form) => form.toLowerCase().replace(/\.$/, ""))),
      joiners: new Set(DATE_JOINERS[language as SupportedLanguage] ?? []),
    };
    wordsByLanguage.set(language, words);
  }
  return words;
}

/** `tokens[at]` is a month name of the same sentence as `tokens[from]`. */
function isMonthAt(tokens: readonly Token[], at: number, from: number, words: DateWords): boolean {
  const token = tokens[at];
  return token !== undefined && token.sentence === tokens[from]!.sentence && words.months.has(token.normal);
}

/**
 * True when the number token `tokens[at]` is the day of a written date: 1 to 31, next to a month
 * name ("JAN 31", "31 janvier", "31. Januar"), or one date joiner away from it ("31 de enero",
 * "31 of January"). Such a day says when, not what: two reports sharing it are no closer for it
 * (dates count through the time proximity of their articles), and wire briefs that all end a
 * period on "JAN 31" are not one story.
 */
export function isDayOfMonth(tokens: readonly Token[], at: number, language: string): boolean {
  const normal = tokens[at]!.normal;
  if (normal.length > 2) return false;
  const day = Number(normal);
  if (!(day >= 1 && day <= 31)) return false;
  const words = dateWords(language);
  if (isMonthAt(tokens, at - 1, at, words) || isMonthAt(tokens, at + 1, at, words)) return true;
  const next = tokens[at + 1];
  return next !== undefined && words.joiners.has(next.normal) && isMonthAt(tokens, at + 2, at, words);
}
