import {
  DATE_JOINERS,
  MONTH_NAMES,
  PERIOD_PREPOSITIONS,
  WEEKDAY_NAMES,
} from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NUMBER_WORDS } from "../../../language-data/number-words.js";
import { type CalendarUnit, RELATIVE_DATE_WORDS } from "../../../language-data/relative-date-words.js";
import { phrasePattern, WORD_END, WORD_START } from "./phrase-pattern.js";

/** A date expression as written, before it is resolved against a reference date. */
export type DateExpression = { start: number; end: number } & (
  | { kind: "absolute"; year?: number; month?: number; day?: number }
  | { kind: "weekday"; weekday: number; modifier: -1 | 0 | 1 | null }
  | { kind: "relative-day"; offset: number }
  | { kind: "relative-period"; unit: CalendarUnit; offset: number }
  | { kind: "offset"; unit: CalendarUnit; offset: number }
);

interface Matcher {
  pattern: RegExp;
  read: (match: RegExpExecArray) => DateExpression | null;
}

const cache = new Map<string, Matcher[]>();

/** Languages whose adjectives take a plural -s ("derniers", "próximos"). */
const PLURAL_MODIFIER_LANGUAGES = new Set(["fr", "es", "pt"]);

/**
 * Every date expression in `text` for `language`: absolute dates (day month year, month year, ISO and
 * numeric dates), bare months and years after a preposition, weekdays with their modifiers, relative days
 * ("hier"), relative periods ("la semaine prochaine") and offsets ("il y a deux jours"). Overlapping
 * matches keep the longest. Languages without data get ISO and numeric dates only.
 */
export function findDateExpressions(text: string, language: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const matcher of matchersFor(language)) {
    matcher.pattern.lastIndex = 0;
    for (let match = matcher.pattern.exec(text); match !== null; match = matcher.pattern.exec(text)) {
      const expression = matcher.read(match);
      if (expression !== null) found.push(expression);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  for (const expression of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && expression.start < previous.end) {
      if (expression.end - expression.start > previous.end - previous.start) kept[kept.length - 1] = expression;
      continue;
    }
    kept.push(expression);
  }
  return kept;
}

function matchersFor(language: string): Matcher[] {
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  const lang = language as SupportedLanguage;
  const matchers: Matcher[] = [...numericMatchers()];
  const months = MONTH_NAMES[lang];
  const weekdays = WEEKDAY_NAMES[lang];
  const relative = RELATIVE_DATE_WORDS[lang];
  if (months !== undefined && weekdays !== undefined) matchers.push(...calendarMatchers(lang, months, weekdays));
  if (relative !== undefined) matchers.push(...relativeMatchers(lang));
  cache.set(language, matchers);
  return matchers;
}

function numericMatchers(): Matcher[] {
  return [
    {
      pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
      read: (m) => ({
        kind: "absolute",
        start: m.index,
        end: m.index + m[0].length,
        year: +m[1]!,
        month: +m[2]!,
        day: +m[3]!,
      }),
    },
    {
      pattern: /(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/g,
      read: (m) => ({
        kind: "absolute",
        start: m.index,
        end: m.index + m[0].length,
        year: +m[3]!,
        month: +m[2]!,
        day: +m[1]!,
      }),
    },
  ];
}

function indexOfForm(lists: readonly (readonly string[])[], written: string): number {
  const folded = written.toLowerCase();
  return lists.findIndex((forms) => forms.some((form) => form.toLowerCase() === folded));
}

function calendarMatchers(
  lang: SupportedLanguage,
  months: readonly (readonly string[])[],
  weekdays: readonly (readonly string[])[],
): Matcher[] {
  const month = `(${phrasePattern(months.flat())})`;
  const weekday = phrasePattern(weekdays.flat());
  const joiners = DATE_JOINERS[lang] ?? [];
  const join = joiners.length > 0 ? `(?:\\s+(?:${phrasePattern(joiners)}))?` : "";
  const year = "(\\d{4})(?!\\d)";
  const ordinal = "(?:er|re|st|nd|rd|th|°|º|\\.)?";
  const prepositions = phrasePattern(PERIOD_PREPOSITIONS[lang] ?? []);
  const relative = RELATIVE_DATE_WORDS[lang];
  const modifiers =
    relative === undefined ? "" : phrasePattern([...relative.next, ...relative.last, ...relative.current]);
  const flags = "giu";
  const monthIndex = (written: string): number => indexOfForm(months, written.replace(/\s+/g, " ")) + 1;
  const matchers: Matcher[] = [
    {
      // (weekday) day month (year): "mardi 18 janvier 2022", "21 de enero de 2022", "21. Januar"
      pattern: new RegExp(
        `${WORD_START}(?:(?:${weekday}),?\\s+)?(\\d{1,2})${ordinal}${join}\\s*${month}${WORD_END}(?:,?${join}\\s+${year})?`,
        flags,
      ),
      read: (m) => {
        const day = +m[1]!;
        if (day < 1 || day > 31) return null;
        const expression: DateExpression = {
          kind: "absolute",
          start: m.index,
          end: m.index + m[0].length,
          month: monthIndex(m[2]!),
          day,
        };
        if (m[3] !== undefined) expression.year = +m[3];
        return expression;
      },
    },
    {
      // month year: "décembre 2021", "January 2022", "diciembre de 2021"
      pattern: new RegExp(`${WORD_START}${month}${join}\\s+${year}`, flags),
      read: (m) => ({
        kind: "absolute",
        start: m.index,
        end: m.index + m[0].length,
        month: monthIndex(m[1]!),
        year: +m[2]!,
      }),
    },
  ];
  if (lang === "en") {
    matchers.push({
      // English month day (year): "January 21", "Jan. 21st, 2022"
      pattern: new RegExp(
        `${WORD_START}(?:(?:${weekday}),?\\s+)?${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${year})?`,
        flags,
      ),
      read: (m) => {
        const day = +m[2]!;
        if (day < 1 || day > 31) return null;
        const expression: DateExpression = {
          kind: "absolute",
          start: m.index,
          end: m.index + m[0].length,
          month: monthIndex(m[1]!),
          day,
        };
        if (m[3] !== undefined) expression.year = +m[3];
        return expression;
      },
    });
  }
  if (prepositions !== "") {
    matchers.push(
      {
        // bare month after a preposition: "en décembre", "in December", "im Dezember"
        pattern: new RegExp(`${WORD_START}(?:${prepositions})\\s*${month}${WORD_END}`, flags),
        read: (m) => {
          const index = monthIndex(m[1]!);
          if (lang === "en" && !/^[A-Z]/.test(m[1]!)) return null;
          const start = m.index + m[0].length - m[1]!.length;
          return { kind: "absolute", start, end: m.index + m[0].length, month: index };
        },
      },
      {
        // bare year after a preposition: "en 2004", "in 1997"
        pattern: new RegExp(
          `${WORD_START}(?:${prepositions})\\s*((?:1[89]|20)\\d{2})(?![\\d.,]\\d|\\s\\d{3})${WORD_END}`,
          flags,
        ),
        read: (m) => {
          const start = m.index + m[0].length - m[1]!.length;
          return { kind: "absolute", start, end: m.index + m[0].length, year: +m[1]! };
        },
      },
    );
  }
  const before = relative === undefined ? "" : `(?:(${modifiers})\\s+)?`;
  const trailing = relative === undefined ? "" : phrasePattern([...relative.next, ...relative.last]);
  const after = trailing === "" ? "" : `(?:\\s+(${trailing}))?`;
  matchers.push({
    // weekday with its modifiers: "ce vendredi", "vendredi prochain", "next Friday", "el viernes pasado"
    pattern: new RegExp(`${WORD_START}${before}(${weekday})${after}${WORD_END}`, flags),
    read: (m) => {
      const index = indexOfForm(weekdays, m[2]!);
      if (index < 0) return null;
      const words = [m[1], m[3]].filter((word): word is string => word !== undefined).map((word) => word.toLowerCase());
      let value: -1 | 0 | 1 | null = null;
      if (relative !== undefined) {
        if (words.some((word) => relative.next.includes(word))) value = 1;
        else if (words.some((word) => relative.last.includes(word))) value = -1;
        else if (words.some((word) => relative.current.includes(word))) value = 0;
      }
      return { kind: "weekday", start: m.index, end: m.index + m[0].length, weekday: index, modifier: value };
    },
  });
  return matchers;
}

function relativeMatchers(lang: SupportedLanguage): Matcher[] {
  const words = RELATIVE_DATE_WORDS[lang]!;
  const matchers: Matcher[] = [];
  for (const entry of words.days) {
    const flags = entry.caseSensitive === true ? "gu" : "giu";
    const exclusions = entry.notAfter === undefined ? "" : `(?<!(?:${phrasePattern(entry.notAfter)})\\s+)`;
    matchers.push({
      pattern: new RegExp(`${WORD_START}${exclusions}(?:${phrasePattern([entry.phrase])})${WORD_END}`, flags),
      read: (m) => ({ kind: "relative-day", start: m.index, end: m.index + m[0].length, offset: entry.offset }),
    });
  }
  const unitOf = (written: string): CalendarUnit | null => {
    const folded = written.toLowerCase();
    for (const unit of ["day", "week", "month", "year"] as const) {
      if (words.units[unit].some((form) => form.toLowerCase() === folded)) return unit;
    }
    return null;
  };
  const units = `(${phrasePattern(Object.values(words.units).flat())})`;
  const direction = (written: string): number | null => {
    const folded = written.toLowerCase().replace(/\s+/g, " ");
    if (words.next.includes(folded)) return 1;
    if (words.last.includes(folded)) return -1;
    if (words.current.includes(folded)) return 0;
    return null;
  };
  const modifiers = `(${phrasePattern([...words.next, ...words.last, ...words.current])})`;
  const period = (m: RegExpExecArray, unitText: string, modifierText: string): DateExpression | null => {
    const unit = unitOf(unitText.replace(/[-‐].*$/, ""));
    const offset = direction(modifierText);
    if (unit === null || offset === null || unit === "day") return null;
    // "ces derniers mois", "las próximas semanas": a plural names several periods, not one.
    if (PLURAL_MODIFIER_LANGUAGES.has(lang) && /s$/i.test(modifierText)) return null;
    if (
      /s$/i.test(unitText) &&
      words.units[unit].length > 1 &&
      words.units[unit][0]!.toLowerCase() !== unitText.toLowerCase()
    )
      return null;
    return { kind: "relative-period", start: m.index, end: m.index + m[0].length, unit, offset };
  };
  matchers.push(
    {
      pattern: new RegExp(`${WORD_START}${modifiers}\\s+${units}${WORD_END}`, "giu"),
      read: (m) => period(m, m[2]!, m[1]!),
    },
    {
      pattern: new RegExp(`${WORD_START}${units}(?:-ci)?\\s+${modifiers}${WORD_END}`, "giu"),
      read: (m) => period(m, m[1]!, m[2]!),
    },
  );
  const number = `(\\d{1,3}|${phrasePattern(Object.keys(NUMBER_WORDS[lang]?.values ?? {}).filter((word) => (NUMBER_WORDS[lang]?.values[word] ?? 0) < 100))})`;
  const templates: [string, number][] = [
    ...words.ago.map((template): [string, number] => [template, -1]),
    ...words.later.map((template): [string, number] => [template, 1]),
  ];
  for (const [template, sign] of templates) {
    const parts = template.split(/(\{n\}|\{unit\})/).filter((part) => part !== "");
    const order = parts.filter((part) => part === "{n}" || part === "{unit}");
    const source = parts
      .map((part) => {
        if (part === "{n}") return number;
        if (part === "{unit}") return units;
        if (part.trim() === "") return "\\s+";
        const lead = /^\s/.test(part) ? "\\s+" : "";
        const tail = /\s$/.test(part) ? "\\s+" : "";
        return `${lead}(?:${phrasePattern([part.trim()])})${tail}`;
      })
      .join("");
    matchers.push({
      pattern: new RegExp(`${WORD_START}${source}${WORD_END}`, "giu"),
      read: (m) => {
        const numberText = order[0] === "{n}" ? m[1]! : m[2]!;
        const unitText = order[0] === "{n}" ? m[2]! : m[1]!;
        const unit = unitOf(unitText);
        const value = /^\d/.test(numberText)
          ? Number(numberText)
          : NUMBER_WORDS[lang]?.values[numberText.toLowerCase()];
        if (unit === null || value === undefined) return null;
        return { kind: "offset", start: m.index, end: m.index + m[0].length, unit, offset: sign * value };
      },
    });
  }
  return matchers;
}
