import type { Entity } from "../../../domain/story.js";

/** A name found in a text: one written form of an entity. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

/** Letters and digits: a name starts and ends between other characters. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
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
 * Every written form of every entity in `text`, longest first, without overlaps: the forms in order of
 * length (then as given), each taking its whole-word occurrences left to right where no longer form took
 * a character. The text is read once: each run of letters and digits looks up the forms opening on it.
 */
export function findNames(text: string, entities: readonly Entity[]): NameMatch[] {
  const forms = entities
    .flatMap((entity) => entity.variants.map((variant) => ({ variant, entity })))
    .sort((a, b) => b.variant.length - a.variant.length)
    .filter(({ variant }) => variant.length >= 2);
  const byRun = new Map<string, number[]>();
  const starts: number[][] = forms.map(() => []);
  forms.forEach(({ variant }, index) => {
    const run = LEADING_RUN.exec(variant);
    if (run === null) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}(?![\\p{L}\\p{N}])`, "gu");
      for (const match of text.matchAll(pattern)) starts[index]!.push(match.index);
      return;
    }
    const list = byRun.get(run[0]);
    if (list === undefined) byRun.set(run[0], [index]);
    else list.push(index);
  });
  if (byRun.size > 0) {
    for (const match of text.matchAll(WORD_RUN)) {
      const candidates = byRun.get(match[0]);
      if (candidates === undefined) continue;
      for (const index of candidates) {
        const { variant } = forms[index]!;
        if (text.startsWith(variant, match.index) && !isWordCharacterAt(text, match.index + variant.length))
          starts[index]!.push(match.index);
      }
    }
  }
  const taken: boolean[] = [];
  const found: NameMatch[] = [];
  forms.forEach(({ variant, entity }, index) => {
    for (const start of nonOverlapping(starts[index]!, variant.length)) {
      const end = start + variant.length;
      let free = true;
      for (let offset = start; offset < end && free; offset++) if (taken[offset]) free = false;
      if (!free) continue;
      for (let offset = start; offset < end; offset++) taken[offset] = true;
      found.push({ start, end, text: variant, entity });
    }
  });
  return found;
}
