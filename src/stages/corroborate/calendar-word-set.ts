import { MONTH_NAMES, WEEKDAY_NAMES } from "../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { wordSetsByLanguage } from "../segment/index.js";

/**
 * Month and weekday names of a language, lower-case: when something was said or done, not what ("the claim terms of a
 * sentence, the noun a discrepancy is about").
 */
export const calendarWords = wordSetsByLanguage(
  Object.fromEntries(
    Object.entries(MONTH_NAMES).map(([language, months]) => [
      language,
      [...months, ...(WEEKDAY_NAMES[language as SupportedLanguage] ?? [])].flat().map((word) => word.toLowerCase()),
    ]),
  ),
);
