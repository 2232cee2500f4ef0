import { PUBLICATION_CUES, UPDATE_CUES } from "../../../language-data/stamp-words.js";
import { phrasePattern } from "./phrase-pattern.js";

/** What a date stamps: the day a page was published, or the day it was changed. */
export type PageStamp = "published" | "updated";

/** How far before a date, within its line, a stamp's cue is looked for (in characters). */
const CUE_REACH = 40;
/** A cue, then at most one joining word before the date: "Publié le", "Posted on", "Actualizado el", "Updated:". */
const CUE_BEFORE = new RegExp(
  `(?<![\\p{L}])(${phrasePattern([...PUBLICATION_CUES, ...UPDATE_CUES])})[\\s:,.–—-]*(?:(?:le|el|il|am|on|em|la|at|the|de|del|alle)[\\s:,.–—-]*)?$`,
  "iu",
);
const UPDATE_CUE_SET: ReadonlySet<string> = new Set(UPDATE_CUES);
/** A time of day right after a date, two joining words between at most: "à 11h05", " 03:32 PM", "alle ore 13:57". */
const CLOCK_AFTER =
  /^[\s,•|–—-]*(?:(?:à|a|at|alle|ore|um|às|as|la|las|ora|-)\s+){0,2}\d{1,2}(?:[:h.]\d{2}(?!\d)|\s*[ap]\.?m\.?(?![\p{L}]))/iu;
/** A time of day right before it: "12:52 p.m. EDT May 2, 2013", "22:07 GMT, 7 July 2012". */
const CLOCK_BEFORE = /\d{1,2}(?:[:h.]\d{2}|\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?[\s,•|–—-]*$/u;
/** A date alone on its line is a dateline within the text's first lines. */
const DATELINE_LINES = 5;

/** The index of the non-empty line starting at `lineStart`, stopping at `DATELINE_LINES`. */
function lineNumber(text: string, lineStart: number): number {
  let lines = 0;
  for (const line of text.slice(0, lineStart).split("\n")) {
    if (line.trim() !== "") lines++;
    if (lines >= DATELINE_LINES) break;
  }
  return lines;
}

/** A time zone or a.m./p.m. after a stamp's time, then a separator ("— mis à jour", "| archiviato in…"). */
const STAMP_END = /^[\s.]*(?:(?:[ap]\.?m\.?|[A-Z]{2,4})(?![\p{L}])[\s.]*)?(?:[|•–—-]|$)/iu;
/** An update's cue after a comma: "à 20h15, mis à jour le…". */
const UPDATE_AFTER = new RegExp(`^[\\s,;]*(?:${phrasePattern(UPDATE_CUES)})(?![\\p{L}])`, "iu");
/** Words a stamp's line may go on with after its time: a section's name ("12:24 Mundo"). */
const SECTION_WORDS = 3;

/**
 * Whether the rest of a line after a stamp's time ends a byline: nothing, a time zone, a separator, an update's cue
 * or a few words; not the rest of a sentence ("à 10h30, les deux ministres se sont rencontrés…").
 */
function endsStamp(rest: string): boolean {
  if (STAMP_END.test(rest) || UPDATE_AFTER.test(rest)) return true;
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SECTION_WORDS && !/[,;]/u.test(rest);
}

/** What may stand around a date alone on its line: separators. */
const SEPARATORS = /^[\s,•|–—-]*$/u;

/**
 * Whether the date written at `start..end` of `text` is a page's stamp rather than a day the text tells of: the
 * day it was updated after "Mis à jour le", "Updated", "Actualizado"…; the day it was published after "Publié le",
 * "Posted on", "Pubblicato il"…, or when a time of day sits beside it at the end of a byline ("Joshua Keating — 3 juillet
 * 2013 à 23h49", "03 de julio de 2013 03:32 PM": news tells of an event's time without the year), or when it is its line's whole
 * text within the first lines ("29 juillet 2011" under a headline). Null for any other date.
 */
export function pageStampOf(text: string, start: number, end: number): PageStamp | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const before = text.slice(Math.max(lineStart, start - CUE_REACH), start);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const cue = CUE_BEFORE.exec(before);
  const cued: PageStamp | null =
    cue === null ? null : UPDATE_CUE_SET.has(cue[1]!.toLowerCase().replace(/\s+/g, " ")) ? "updated" : "published";
  // A stamp's cue opens its line or is written with a capital ("Par Hélène Sallon Publié le"); in prose it may tell
  // of another text ("un articolo pubblicato, il 13 aprile 2011"), unless a time of day follows ("Questo articolo è
  // stato pubblicato il 25 gennaio 2012 alle ore 13:57").
  if (cue !== null && (/\p{Lu}/u.test(cue[1]![0]!) || /^[\s•|–—-]*$/u.test(before.slice(0, cue.index)))) return cued;
  // A time beside a full date is an event's in a sentence ("Le 21 janvier 2022 à 10h30, les deux ministres se sont
  // rencontrés…"), a byline's when the line ends there (`endsStamp`).
  const clockAfter = CLOCK_AFTER.exec(after);
  if (clockAfter !== null && endsStamp(after.slice(clockAfter[0].length))) return cued ?? "published";
  if (CLOCK_BEFORE.test(before) && endsStamp(after)) return cued ?? "published";
  if (cue !== null) return null;
  // A date alone on its line is a dateline near the top ("29 juillet 2011" under the headline), a section's heading
  // further down ("6 OCTOBRE 1981").
  const whole = text.slice(lineStart, start) + after;
  return SEPARATORS.test(whole) && lineNumber(text, lineStart) < DATELINE_LINES ? "published" : null;
}
