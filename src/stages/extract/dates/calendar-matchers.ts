import { DATE_JOINERS, PERIOD_PREPOSITIONS } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { RELATIVE_DATE_WORDS } from "../../../language-data/relative-date-words.js";
import { type DateExpression, type DateMatcher, DIGITS } from "./date-expression.js";
import { anyOf, leadsOf } from "./leads-of.js";
import { phrasePattern, WORD_END, WORD_START } from "./phrase-pattern.js";

function indexOfForm(lists: readonly (readonly string[])[], written: string): number {
  const folded = written.toLowerCase();
  return lists.findIndex((forms) => forms.some((form) => form.toLowerCase() === folded));
}

/** Languages that write month names in lower case. */
const LOWER_CASE_MONTHS: ReadonlySet<string> = new Set(["fr", "es", "it", "pt", "ro"]);

/**
 * Month and weekday expressions of one language: day month (year), month year, English month day,
 * bare months and years after a preposition, weekdays with their modifiers.
 */
export function calendarMatchers(
  lang: SupportedLanguage,
  months: readonly (readonly string[])[],
  weekdays: readonly (readonly string[])[],
): DateMatcher[] {
  const monthForms = months.flat();
  const weekdayForms = weekdays.flat();
  const month = `(${phrasePattern(monthForms)})`;
  const weekday = phrasePattern(weekdayForms);
  const joiners = DATE_JOINERS[lang] ?? [];
  const join = joiners.length > 0 ? `(?:\\s+(?:${phrasePattern(joiners)}))?` : "";
  const year = "(\\d{4})(?!\\d)";
  const ordinal = "(?:er|re|st|nd|rd|th|°|º|\\.)?";
  const prepositionForms = PERIOD_PREPOSITIONS[lang] ?? [];
  const prepositions = phrasePattern(prepositionForms);
  const relative = RELATIVE_DATE_WORDS[lang];
  const modifierForms = relative === undefined ? [] : [...relative.next, ...relative.last, ...relative.current];
  const modifiers = relative === undefined ? "" : phrasePattern(modifierForms);
  const flags = "iuy";
  const monthIndex = (written: string): number => indexOfForm(months, written.replace(/\s+/g, " ")) + 1;
  const matchers: DateMatcher[] = [
    {
      // (weekday) day month (year): "mardi 18 janvier 2022", "21 de enero de 2022", "21. Januar"
      pattern: new RegExp(
        `${WORD_START}(?:(${weekday}),?\\s+)?(\\d{1,2})${ordinal}${join}\\s*${month}${WORD_END}(?:,?${join}\\s+${year})?`,
        flags,
      ),
      begins: "word",
      leads: leadsOf({ phrases: weekdayForms, followedBy: anyOf([","], DIGITS) }, { phrases: DIGITS }),
      read: (m) => {
        const day = +m[2]!;
        if (day < 1 || day > 31) return null;
        const expression: DateExpression = {
          kind: "absolute",
          start: m.index,
          end: m.index + m[0].length,
          month: monthIndex(m[3]!),
          day,
        };
        if (m[4] !== undefined) expression.year = +m[4];
        if (m[1] !== undefined) expression.weekday = indexOfForm(weekdays, m[1]);
        return expression;
      },
    },
    {
      // month year: "décembre 2021", "January 2022", "diciembre de 2021"
      pattern: new RegExp(`${WORD_START}${month}${join}\\s+${year}`, flags),
      begins: "word",
      leads: leadsOf({ phrases: monthForms, followedBy: joiners.length > 0 ? anyOf(joiners, DIGITS) : DIGITS }),
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
        `${WORD_START}(?:(${weekday}),?\\s+)?${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${year})?`,
        flags,
      ),
      begins: "word",
      leads: leadsOf(
        { phrases: weekdayForms, followedBy: anyOf([","], monthForms) },
        { phrases: monthForms, followedBy: DIGITS },
      ),
      read: (m) => {
        const day = +m[3]!;
        if (day < 1 || day > 31) return null;
        const expression: DateExpression = {
          kind: "absolute",
          start: m.index,
          end: m.index + m[0].length,
          month: monthIndex(m[2]!),
          day,
        };
        if (m[4] !== undefined) expression.year = +m[4];
        if (m[1] !== undefined) expression.weekday = indexOfForm(weekdays, m[1]);
        return expression;
      },
    });
  }
  if (lang !== "en") {
    matchers.push({
      // Month day, year, as blogging software writes a date whatever the page's language ("Dicembre 30, 2012",
      // "mayo 5, 2012"): only with its comma and year, which no sentence writes after a month otherwise.
      pattern: new RegExp(`${WORD_START}${month}\\s+(\\d{1,2})(?!\\d),\\s+${year}`, flags),
      begins: "word",
      leads: leadsOf({ phrases: monthForms, followedBy: DIGITS }),
      read: (m) => {
        const day = +m[2]!;
        if (day < 1 || day > 31) return null;
        return {
          kind: "absolute",
          start: m.index,
          end: m.index + m[0].length,
          month: monthIndex(m[1]!),
          day,
          year: +m[3]!,
        };
      },
    });
  }
  if (prepositions !== "") {
    matchers.push(
      {
        // bare month after a preposition: "en décembre", "in December", "im Dezember"
        pattern: new RegExp(`${WORD_START}(?:${prepositions})\\s*${month}${WORD_END}`, flags),
        begins: "word",
        leads: leadsOf({ phrases: prepositionForms, followedBy: anyOf(monthForms) }),
        read: (m) => {
          const index = monthIndex(m[1]!);
          if (lang === "en" && !/^[A-Z]/.test(m[1]!)) return null;
          // Romance languages write their months in lower case: after a lower-case preposition, a capitalised one is a
          // name ("la conquête de Mars", the planet), unless the whole phrase is written in capitals.
          if (LOWER_CASE_MONTHS.has(lang) && /^\p{Ll}/u.test(m[0]) && /^\p{Lu}\p{Ll}/u.test(m[1]!)) return null;
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
        begins: "word",
        leads: leadsOf({ phrases: prepositionForms, followedBy: ["1", "2"] }),
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
    begins: "word",
    leads:
      relative === undefined
        ? leadsOf({ phrases: weekdayForms })
        : leadsOf({ phrases: modifierForms, followedBy: anyOf(weekdayForms) }, { phrases: weekdayForms }),
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
