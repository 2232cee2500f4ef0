import type { DatePrecision } from "../../../domain/story.js";
import {
  type DayNumber,
  dayNumber,
  formatDay,
  formatMonth,
  fromDayNumber,
  isoWeekday,
  isValidDay,
  type ParsedDate,
} from "./calendar-arithmetic.js";
import type { DateExpression } from "./date-expression.js";
import { isToCome, type Tense } from "./date-mention.js";

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  until?: string;
  /** True when the result is vaguer or less certain than the expression (coarse reference, weeks). */
  vague: boolean;
}

/**
 * The calendar date an expression names, read from `reference` (the publication date) and the tense of
 * its clause. Weekdays go to the most recent such day unless the clause is future; "vendredi" on a Friday
 * is that day, unless it is the day something was moved to (tense "later": the next Friday); "vendredi prochain" / "next Friday" is the first one after, "last Friday" the last one before.
 * Bare months and day-months without a year take the year that puts them on the tense's side of the
 * reference (nearest when the tense is unknown). Null when the expression needs a reference it lacks.
 */
export function resolveDateExpression(
  expression: DateExpression,
  reference: ParsedDate | null,
  tense: Tense,
): ResolvedDate | null {
  switch (expression.kind) {
    case "absolute":
      return resolveAbsolute(expression, reference, tense);
    case "weekday": {
      if (reference?.day === undefined) return coarse(reference);
      const today = reference.day;
      const gap = (expression.weekday - isoWeekday(today) + 7) % 7;
      let day: DayNumber;
      if (expression.modifier === 1) day = today + (gap === 0 ? 7 : gap);
      else if (expression.modifier === -1) day = today - (gap === 0 ? 7 : 7 - gap);
      else if (gap === 0) day = tense === "later" ? today + 7 : today;
      else if (isToCome(tense)) day = today + gap;
      else day = today - (7 - gap);
      return { date: formatDay(day), precision: "day", vague: false };
    }
    case "relative-day":
      if (reference?.day === undefined) return coarse(reference);
      return { date: formatDay(reference.day + expression.offset), precision: "day", vague: false };
    case "relative-period":
    case "offset":
      return resolvePeriod(expression.unit, expression.offset, expression.kind === "offset", reference);
  }
}

function coarse(reference: ParsedDate | null): ResolvedDate | null {
  if (reference === null) return null;
  if (reference.month !== undefined)
    return { date: formatMonth(reference.year, reference.month), precision: "month", vague: true };
  return { date: String(reference.year), precision: "year", vague: true };
}

function resolveAbsolute(
  expression: Extract<DateExpression, { kind: "absolute" }>,
  reference: ParsedDate | null,
  tense: Tense,
): ResolvedDate | null {
  const { month, day } = expression;
  let year = expression.year;
  if (year === undefined) {
    if (month === undefined || reference === null) return null;
    const referenceMonth = reference.month ?? 6;
    const referenceDay = reference.day === undefined ? 15 : fromDayNumber(reference.day).day;
    // Each candidate year (the reference's, the one before, the one after) as a sortable key.
    const within = month * 32 + (day ?? (reference.day === undefined ? 15 : 1));
    const now = reference.year * 400 + referenceMonth * 32 + (day === undefined ? 1 : referenceDay);
    const first = reference.year - 1;
    if (tense === "past") {
      // The latest candidate not after the reference.
      for (let y = first + 2; y >= first && year === undefined; y--) if (y * 400 + within <= now) year = y;
    } else if (isToCome(tense)) {
      // The earliest candidate not before it.
      for (let y = first; y <= first + 2 && year === undefined; y++) if (y * 400 + within >= now) year = y;
    }
    if (year === undefined || tense === "unknown") {
      // The nearest, earlier ones winning ties.
      year = first;
      for (let y = first + 1; y <= first + 2; y++) {
        if (Math.abs(y * 400 + within - now) < Math.abs(year * 400 + within - now)) year = y;
      }
    }
  }
  if (month === undefined) return { date: String(year), precision: "year", vague: false };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { date: formatMonth(year, month), precision: "month", vague: false };
  if (!isValidDay(year, month, day)) return null;
  return { date: formatDay(dayNumber(year, month, day)), precision: "day", vague: false };
}

function resolvePeriod(
  unit: "day" | "week" | "month" | "year",
  offset: number,
  exact: boolean,
  reference: ParsedDate | null,
): ResolvedDate | null {
  if (reference === null) return null;
  switch (unit) {
    case "day":
      if (reference.day === undefined) return coarse(reference);
      return { date: formatDay(reference.day + offset), precision: "day", vague: false };
    case "week": {
      if (reference.day === undefined) return coarse(reference);
      if (exact) return { date: formatDay(reference.day + 7 * offset), precision: "day", vague: true };
      const monday = reference.day - isoWeekday(reference.day) + 7 * offset;
      return { date: formatDay(monday), precision: "day", until: formatDay(monday + 6), vague: true };
    }
    case "month":
      if (reference.month === undefined) return { date: String(reference.year), precision: "year", vague: true };
      return { date: formatMonth(reference.year, reference.month + offset), precision: "month", vague: false };
    case "year":
      return { date: String(reference.year + offset), precision: "year", vague: false };
  }
}
