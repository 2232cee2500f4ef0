import type { CalendarUnit } from "../../../language-data/relative-date-words.js";
import type { ScannedPattern } from "./sticky-scan.js";

/** A date expression as written, before it is resolved against a reference date. */
export type DateExpression = { start: number; end: number } & (
  | {
      kind: "absolute";
      year?: number;
      month?: number;
      day?: number;
      /** The weekday written before the day ("mercoledì 3 luglio"), 0 = Monday … 6 = Sunday. */
      weekday?: number;
    }
  | { kind: "weekday"; weekday: number; modifier: -1 | 0 | 1 | null }
  | { kind: "relative-day"; offset: number }
  | { kind: "relative-period"; unit: CalendarUnit; offset: number }
  | { kind: "offset"; unit: CalendarUnit; offset: number }
);

/** One kind of date expression: a sticky pattern and what a match reads as (null: not a date after all). */
export type DateMatcher = ScannedPattern & {
  read: (match: RegExpExecArray) => DateExpression | null;
};

/** The ten ASCII digits, as lead phrases of patterns that begin with `\d`. */
export const DIGITS: readonly string[] = [..."0123456789"];
