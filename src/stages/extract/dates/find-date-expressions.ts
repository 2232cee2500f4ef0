import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { RELATIVE_DATE_WORDS } from "../../../language-data/relative-date-words.js";
import { calendarMatchers } from "./calendar-matchers.js";
import type { DateExpression, DateMatcher } from "./date-expression.js";
import { numericMatchers } from "./numeric-matchers.js";
import { relativeMatchers } from "./relative-matchers.js";
import { createStickyScan, type StickyScan } from "./sticky-scan.js";

interface LanguageMatchers {
  matchers: DateMatcher[];
  scan: StickyScan;
}

const cache = new Map<string, LanguageMatchers>();

/**
 * Every date expression in `text` for `language`: absolute dates (day month year, month year, ISO and
 * numeric dates), bare months and years after a preposition, weekdays with their modifiers, relative days
 * ("hier"), relative periods ("la semaine prochaine") and offsets ("il y a deux jours"). Overlapping
 * matches keep the longest. Languages without data get ISO and numeric dates only. The patterns are
 * matched in one sticky scan, as if each scanned the text in turn.
 */
export function findDateExpressions(text: string, language: string): DateExpression[] {
  const { matchers, scan } = matchersFor(language);
  const found: DateExpression[][] = matchers.map(() => []);
  scan(text, (index, match) => {
    const expression = matchers[index]!.read(match);
    if (expression !== null) found[index]!.push(expression);
  });
  const all = found.flat();
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  for (const expression of all) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && expression.start < previous.end) {
      if (expression.end - expression.start > previous.end - previous.start) kept[kept.length - 1] = expression;
      continue;
    }
    kept.push(expression);
  }
  return kept;
}

function matchersFor(language: string): LanguageMatchers {
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  const lang = language as SupportedLanguage;
  const matchers: DateMatcher[] = numericMatchers();
  const months = MONTH_NAMES[lang];
  const weekdays = WEEKDAY_NAMES[lang];
  if (months !== undefined && weekdays !== undefined) matchers.push(...calendarMatchers(lang, months, weekdays));
  if (RELATIVE_DATE_WORDS[lang] !== undefined) matchers.push(...relativeMatchers(lang));
  const built = { matchers, scan: createStickyScan(matchers) };
  cache.set(language, built);
  return built;
}
