import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";

interface Titles {
  /** Lower-cased titles, with their period if any. */
  set: Set<string>;
  /** Their lengths: most capitalised words are longer or shorter than every title. */
  lengths: Set<number>;
  /** Capitalised written forms met so far → what they are as titles (`titleShape` bits). */
  shapes: Map<string, number>;
}

/** Bits of a written form's title shape: a title as written, a title with a period after it, and plural so. */
const BARE = 1;
const PLURAL_BARE = 2;
const WITH_PERIOD = 4;
const PLURAL_WITH_PERIOD = 8;
/** Written forms remembered per language before starting afresh (memory stays bounded). */
const SHAPES_CAPACITY = 50_000;

const titleSets = new Map<string, Titles>();
function titles(language: string): Titles {
  let titles = titleSets.get(language);
  if (titles === undefined) {
    const set = new Set(
      [...(PERSON_TITLES[language as SupportedLanguage] ?? []), ...PERSON_TITLES.en].map((title) =>
        title.toLowerCase(),
      ),
    );
    titles = { set, lengths: new Set([...set].map((title) => title.length)), shapes: new Map() };
    titleSets.set(language, titles);
  }
  return titles;
}

/**
 * Whether `word` lower-cased is in `titles`. Lower-casing keeps a word's length but for "İ" (which gains a dot),
 * so a word of no title's length needs no lower-casing.
 */
function isTitle(word: string, titles: Titles): boolean {
  if (!titles.lengths.has(word.length) && !word.includes("\u0130")) return false;
  return titles.set.has(word.toLowerCase());
}

/** What `surface` is as a title, bare and with a period after it (`BARE` … `PLURAL_WITH_PERIOD`). */
function titleShape(surface: string, titles: Titles): number {
  let shape = titles.shapes.get(surface);
  if (shape === undefined) {
    const withPeriod = `${surface}.`;
    shape = 0;
    if (isTitle(surface, titles)) shape |= /^(mmes|messieurs)$/.test(surface.toLowerCase()) ? BARE | PLURAL_BARE : BARE;
    if (isTitle(withPeriod, titles))
      shape |= /^(mm|messrs|sigg)\.$/.test(withPeriod.toLowerCase()) ? WITH_PERIOD | PLURAL_WITH_PERIOD : WITH_PERIOD;
    if (titles.shapes.size >= SHAPES_CAPACITY) titles.shapes.clear();
    titles.shapes.set(surface, shape);
  }
  return shape;
}

/**
 * "M." / "MM." / "Mme" / "Herr" written at token `index`, with its period; null when not a title. A story's
 * capitalised words recur: what each written form is as a title is worked out once.
 */
export function titleAt(
  tokens: readonly Token[],
  index: number,
  text: string,
  language: string,
): { end: number; plural: boolean } | null {
  const token = tokens[index];
  if (token === undefined || !token.capitalized) return null;
  const shape = titleShape(token.text, titles(language));
  if (shape === 0) return null;
  if ((shape & WITH_PERIOD) !== 0 && text.charCodeAt(token.end) === 0x2e)
    return { end: token.end + 1, plural: (shape & PLURAL_WITH_PERIOD) !== 0 };
  if ((shape & BARE) !== 0) return { end: token.end, plural: (shape & PLURAL_BARE) !== 0 };
  return null;
}

/** Whether `word`, however written ("général", "Général"), is a title taken without a period ("le général de Gaulle"). */
export function isBareTitle(word: string, language: string): boolean {
  return (titleShape(word, titles(language)) & BARE) !== 0;
}

/** Whether token `index` is a title with its period before a capitalised word of its sentence ("Gov. Sarah Palin"). */
export function titleBefore(tokens: readonly Token[], index: number, text: string, language: string): boolean {
  const title = titleAt(tokens, index, text, language);
  const next = tokens[index + 1];
  return (
    title !== null &&
    title.end > tokens[index]!.end &&
    next?.capitalized === true &&
    next.sentence === tokens[index]!.sentence
  );
}
