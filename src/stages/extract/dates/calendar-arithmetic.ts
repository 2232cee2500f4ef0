/** A calendar day as days since 1970-01-01 (UTC), and the conversions recoupe's date code needs. */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(value: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(value * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday, 0 = Monday … 6 = Sunday. */
export function isoWeekday(value: DayNumber): number {
  return (((value + 3) % 7) + 7) % 7;
}

export function formatDay(value: DayNumber): string {
  const { year, month, day } = fromDayNumber(value);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return fromDayNumber(dayNumber(year, month, day)).day === day;
}

/** Parses YYYY, YYYY-MM, YYYY-MM-DD (a time part is ignored); null for anything else. */
export function parseIsoDate(value: string | null): ParsedDate | null {
  if (value === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { year, precision: "year" };
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (!isValidDay(year, month, day)) return { year, month, precision: "month" };
  return { year, month, day: dayNumber(year, month, day), precision: "day" };
}

export interface ParsedDate {
  year: number;
  month?: number;
  /** Day number when precision is "day". */
  day?: DayNumber;
  precision: "day" | "month" | "year";
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
