import type { Entity } from "../../../domain/story.js";

/** A name found in a text: one written form of an entity. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

/** The written forms of a story's entities, prepared once and looked for in each of its articles. */
export interface NameForms {
  /** Forms of two characters or more, longest first (then as given). */
  forms: readonly { variant: string; entity: Entity }[];
  /** Leading run of letters and digits → indexes of the forms opening on it. */
  byRun: ReadonlyMap<string, readonly number[]>;
  /**
   * The first characters of the leading runs (ASCII ones flagged by code, others as code points): most words of
   * a text start otherwise, and are skipped unread.
   */
  asciiOpenings: Uint8Array;
  wideOpenings: ReadonlySet<number>;
  /** Lengths of the leading runs. */
  runLengths: ReadonlySet<number>;
  /** Forms that open on no letter or digit ("(Paris)"), found by a pattern of their own. */
  patterns: ReadonlyMap<number, RegExp>;
}

/** Letters and digits: a name starts and ends between other characters. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/** Whether each code point of the basic plane is a letter or a digit, as met: 0 unknown, 1 yes, 2 no. */
const basicWordCharacters = new Uint8Array(0x10000);

function isWordCodePoint(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(code));
  let known = basicWordCharacters[code]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code)) ? 1 : 2;
    basicWordCharacters[code] = known;
  }
  return known === 1;
}

function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && isWordCodePoint(code);
}

/** Whether the character ending just before `index` is a letter or a digit. */
function isWordCharacterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint(text.codePointAt(index - 2)!);
  }
  return isWordCodePoint(low);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where `form` occurs as a whole word, left to right, matches not overlapping each other. */
function nonOverlapping(starts: readonly number[], length: number): number[] {
  const kept: number[] = [];
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    kept.push(start);
    next = start + length;
  }
  return kept;
}

/**
 * Whether `start`–`end` overlaps a name found already: an article holds few names, so they are read through
 * rather than marked character by character over the whole text.
 */
function overlapsAny(found: readonly NameMatch[], start: number, end: number): boolean {
  for (const taken of found) if (taken.start < end && start < taken.end) return true;
  return false;
}

/** The forms of `entities` in the order `findNames` weighs them, filed by the run of letters they open on. */
export function prepareNameForms(entities: readonly Entity[]): NameForms {
  // Filtered before sorting: a stable sort keeps the kept ones in the same order.
  const forms: { variant: string; entity: Entity }[] = [];
  for (const entity of entities)
    for (const variant of entity.variants) if (variant.length >= 2) forms.push({ variant, entity });
  forms.sort((a, b) => b.variant.length - a.variant.length);
  const byRun = new Map<string, number[]>();
  const asciiOpenings = new Uint8Array(128);
  const wideOpenings = new Set<number>();
  const runLengths = new Set<number>();
  const patterns = new Map<number, RegExp>();
  forms.forEach(({ variant }, index) => {
    const run = LEADING_RUN.exec(variant);
    if (run === null) {
      patterns.set(index, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}(?![\\p{L}\\p{N}])`, "gu"));
      return;
    }
    const list = byRun.get(run[0]);
    if (list === undefined) byRun.set(run[0], [index]);
    else list.push(index);
    const first = run[0].codePointAt(0)!;
    if (first < 128) asciiOpenings[first] = 1;
    else wideOpenings.add(first);
    runLengths.add(run[0].length);
  });
  return { forms, byRun, asciiOpenings, wideOpenings, runLengths, patterns };
}

/**
 * Every written form of every entity in `text`, longest first, without overlaps: the forms in order of
 * length (then as given), each taking its whole-word occurrences left to right where no longer form took
 * a character. The text is read once: each run of letters and digits looks up the forms opening on it.
 */
export function findNames(text: string, names: NameForms): NameMatch[] {
  const { forms, byRun, asciiOpenings, wideOpenings, runLengths } = names;
  // Where each form occurs, as [form, start] pairs: a text holds few of a story's many forms.
  const occurrences: [number, number][] = [];
  for (const [index, pattern] of names.patterns)
    for (const match of text.matchAll(pattern)) occurrences.push([index, match.index]);
  if (byRun.size > 0) {
    for (let runStart = 0; runStart < text.length; runStart++) {
      const unit = text.charCodeAt(runStart);
      const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(runStart)! : unit;
      if (code < 128 ? asciiOpenings[code] !== 1 : !wideOpenings.has(code)) continue;
      // A run of letters and digits, as `/[\p{L}\p{N}]+/gu` reads them, opening here (not inside a longer one).
      if (isWordCharacterBefore(text, runStart)) continue;
      let position = runStart + (code > 0xffff ? 2 : 1);
      while (position < text.length) {
        const next = text.codePointAt(position)!;
        if (!isWordCodePoint(next)) break;
        position += next > 0xffff ? 2 : 1;
      }
      const length = position - runStart;
      const candidates = runLengths.has(length) ? byRun.get(text.slice(runStart, position)) : undefined;
      if (candidates !== undefined)
        for (const index of candidates) {
          const { variant } = forms[index]!;
          if (text.startsWith(variant, runStart) && !isWordCharacterAt(text, runStart + variant.length))
            occurrences.push([index, runStart]);
        }
      // The run is read: go on after it.
      runStart = position - 1;
    }
  }
  // Forms in their order, each one's occurrences left to right.
  occurrences.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const found: NameMatch[] = [];
  for (let at = 0; at < occurrences.length; ) {
    const index = occurrences[at]![0];
    const starts: number[] = [];
    for (; at < occurrences.length && occurrences[at]![0] === index; at++) starts.push(occurrences[at]![1]);
    const { variant, entity } = forms[index]!;
    for (const start of nonOverlapping(starts, variant.length)) {
      const end = start + variant.length;
      if (overlapsAny(found, start, end)) continue;
      found.push({ start, end, text: variant, entity });
    }
  }
  return found;
}
