import type { Token } from "../../../domain/text.js";
import { lastTokenBefore } from "./last-token-before.js";
import type { NumberLexicon } from "./number-lexicon.js";

/** A time of day read from the text: minutes since midnight, its last token and where it ends. */
export interface ClockRead {
  /**
   * "time" for a time of day; "elapsed" for a clock that counts something else, a game's ("with 7:41 left", "4:08 to
   * play") or a race's ("in 2:05:30"), which is no time of day and no quantity the dossier compares.
   */
  kind: "time" | "elapsed";
  minutes: number;
  last: number;
  /** Offset just past the time as written ("2:30 p.m." ends after the last period). */
  end: number;
}

/** "11h05", "14:30" after the hour's digits: the minutes. */
const MINUTES = /^(?:h|:)(\d{2})(?![\p{L}\d])/u;
/** "am", "a.m.", "PM", "p. m." right after a time. */
const MERIDIEM = /^\s?([ap])(?:\.\s?m\.?|m(?![\p{L}\d]))/iu;
/** What follows a game's or a race's clock: seconds ("2:05:30"), or what is left of a game ("7:41 left"). */
const ELAPSED = /^(?::\d{2}|[\s\u00a0]+(?:left|remaining|to play|to go|into the)\b)/u;
/** "2.30" written as a British time ("2.30pm"): only read so before a meridiem. */
const DOTTED = /^(\d{1,2})\.(\d{2})$/u;

/**
 * The time of day that the number `value` (tokens `first`..`last`, digits) starts, if it starts one:
 * hours and minutes ("14:30", "11h05"), or, in a language that writes them, an hour with "am"/"pm"
 * ("2:30 p.m." = 14:30, "2.30am", "5 pm"; "12 a.m." = 00:00; "17:06 pm" stays 17:06). Null for anything
 * else, and for an hour over 24 or minutes over 59 (no time of day).
 */
export function readClock(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
  text: string,
  lexicon: NumberLexicon,
): ClockRead | null {
  const written = tokens[first]!.text;
  let end = tokens[last]!.end;
  let minutes: number | null = null;
  const withMinutes = first === last ? MINUTES.exec(text.slice(end, end + 4)) : null;
  const dotted = DOTTED.exec(written);
  if (withMinutes !== null) {
    minutes = Math.trunc(value) * 60 + Number(withMinutes[1]);
    if (value > 24 || Number(withMinutes[1]) > 59) return null;
    end += withMinutes[0].length;
  }
  const meridiem = lexicon.clockHourWords.has("pm") ? MERIDIEM.exec(text.slice(end, end + 8)) : null;
  if (meridiem !== null) {
    if (minutes === null && dotted !== null && Number(dotted[2]) <= 59)
      minutes = Number(dotted[1]) * 60 + Number(dotted[2]);
    else if (minutes === null && Number.isInteger(value)) minutes = value * 60;
    if (minutes === null) return null;
    // 12 a.m. is midnight, 12 p.m. noon; an hour written on 24 ("17:06 pm") stays as written.
    if (minutes >= 60 && minutes < 13 * 60) minutes = (minutes % 720) + (meridiem[1]!.toLowerCase() === "p" ? 720 : 0);
    else if (withMinutes === null) return null;
    end += meridiem[0].length;
  }
  if (minutes === null) return null;
  const kind = meridiem === null && ELAPSED.test(text.slice(end, end + 12)) ? "elapsed" : "time";
  return { kind, minutes, last: lastTokenBefore(tokens, last, end), end };
}

/** Minutes written after an hour word ("3 h 42", "15 heures 30", "10 Uhr 30"), not the start of a grouped number. */
const MINUTES_AFTER_HOUR = /^[\s\u00a0]{1,2}([0-5]\d)(?![\p{L}\d]|[\s\u00a0.,]\d)/u;
/** An hour and its minutes written as a decimal before an hour word ("a las 3.42 horas", "alle 15,30 ore"). */
const HOUR_DOT_MINUTES = /^([01]?\d|2[0-4])[.,]([0-5]\d)$/u;

/**
 * The time of day of an hour `written` (the number's text, worth `value`) before an hour word that
 * ends at `hourWordEnd` ("à 3 h 42", "a las 3.42 horas", "um 10 Uhr"): minutes since midnight and
 * where the time ends; null when the number is no hour (a decimal that is no hour and minutes).
 */
export function readHourWordTime(
  written: string,
  value: number,
  text: string,
  hourWordEnd: number,
): { minutes: number; end: number } | null {
  if (!Number.isInteger(value)) {
    const dotted = HOUR_DOT_MINUTES.exec(written);
    return dotted === null ? null : { minutes: Number(dotted[1]) * 60 + Number(dotted[2]), end: hourWordEnd };
  }
  const after = MINUTES_AFTER_HOUR.exec(text.slice(hourWordEnd, hourWordEnd + 8));
  if (after === null) return { minutes: value * 60, end: hourWordEnd };
  return { minutes: value * 60 + Number(after[1]), end: hourWordEnd + after[0].length };
}
