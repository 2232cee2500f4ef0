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
  /** The first characters of the leading runs: most words of a text start otherwise, and are skipped unread. */
  runOpening: RegExp | null;
  /** Lengths of the leading runs. */
  runLengths: ReadonlySet<number>;
  /** Forms that open on no letter or digit ("(Paris)"), found by a pattern of their own. */
  patterns: ReadonlyMap<number, RegExp>;
}

/** Letters and digits: a name starts and ends between other characters. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/** Whether each code point beyond ASCII is a letter or a digit, as met (a text uses few of them). */
const wideWordCharacters = new Map<number, boolean>();

function isWordCodePoint(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wideWordCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    wideWordCharacters.set(code, known);
  }
  return known;
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

/** The forms of `entities` in the order `findNames` weighs them, filed by the run of letters they open on. */
export function prepareNameForms(entities: readonly Entity[]): NameForms {
  const forms = entities
    .flatMap((entity) => entity.variants.map((variant) => ({ variant, entity })))
    .sort((a, b) => b.variant.length - a.variant.length)
    .filter(({ variant }) => variant.length >= 2);
  const byRun = new Map<string, number[]>();
  const runFirsts = new Set<string>();
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
    runFirsts.add(String.fromCodePoint(run[0].codePointAt(0)!));
    runLengths.add(run[0].length);
  });
  const runOpening =
    runFirsts.size === 0
      ? null
      : new RegExp(`[${[...runFirsts].map((first) => first.replace(/[\\\]^-]/g, "\\$&")).join("")}]`, "gu");
  return { forms, byRun, runOpening, runLengths, patterns };
}

/**
 * Every written form of every entity in `text`, longest first, without overlaps: the forms in order of
 * length (then as given), each taking its whole-word occurrences left to right where no longer form took
 * a character. The text is read once: each run of letters and digits looks up the forms opening on it.
 */
export function findNames(text: string, names: NameForms): NameMatch[] {
  const { forms, byRun, runOpening, runLengths } = names;
  // Where each form occurs, as [form, start] pairs: a text holds few of a story's many forms.
  const occurrences: [number, number][] = [];
  for (const [index, pattern] of names.patterns)
    for (const match of text.matchAll(pattern)) occurrences.push([index, match.index]);
  if (runOpening !== null) {
    runOpening.lastIndex = 0;
    for (let opening = runOpening.exec(text); opening !== null; opening = runOpening.exec(text)) {
      // A run of letters and digits, as `/[\p{L}\p{N}]+/gu` reads them, opening here (not inside a longer one).
      const runStart = opening.index;
      if (isWordCharacterBefore(text, runStart)) continue;
      let position = runStart + opening[0].length;
      while (position < text.length) {
        const next = text.codePointAt(position)!;
        if (!isWordCodePoint(next)) break;
        position += next > 0xffff ? 2 : 1;
      }
      runOpening.lastIndex = position;
      if (!runLengths.has(position - runStart)) continue;
      const candidates = byRun.get(text.slice(runStart, position));
      if (candidates === undefined) continue;
      for (const index of candidates) {
        const { variant } = forms[index]!;
        if (text.startsWith(variant, runStart) && !isWordCharacterAt(text, runStart + variant.length))
          occurrences.push([index, runStart]);
      }
    }
  }
  // Forms in their order, each one's occurrences left to right.
  occurrences.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const taken = new Uint8Array(text.length);
  const found: NameMatch[] = [];
  for (let at = 0; at < occurrences.length; ) {
    const index = occurrences[at]![0];
    const starts: number[] = [];
    for (; at < occurrences.length && occurrences[at]![0] === index; at++) starts.push(occurrences[at]![1]);
    const { variant, entity } = forms[index]!;
    for (const start of nonOverlapping(starts, variant.length)) {
      const end = start + variant.length;
      let free = true;
      for (let offset = start; offset < end && free; offset++) if (taken[offset] === 1) free = false;
      if (!free) continue;
      for (let offset = start; offset < end; offset++) taken[offset] = 1;
      found.push({ start, end, text: variant, entity });
    }
  }
  return found;
}
