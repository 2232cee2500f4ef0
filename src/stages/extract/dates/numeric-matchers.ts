import type { DateMatcher } from "./date-expression.js";

const isSeparator = (code: number): boolean => code === 0x2e || code === 0x2f;

/** ISO dates ("2022-01-21") and numeric day.month.year dates ("21.01.2022", "21/01/2022"), in every language. */
export function numericMatchers(): DateMatcher[] {
  return [
    {
      pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/y,
      begins: "digits",
      fits: (text, position) => text.charCodeAt(position + 4) === 0x2d,
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
      pattern: /(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/y,
      begins: "digits",
      fits: (text, position) =>
        isSeparator(text.charCodeAt(position + 1)) || isSeparator(text.charCodeAt(position + 2)),
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
