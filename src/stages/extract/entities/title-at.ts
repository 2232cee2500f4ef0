import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";

interface Titles {
  /** Lower-cased titles, with their period if any. */
  set: Set<string>;
  /** Their lengths: most capitalised words are longer or shorter than every title. */
  lengths: Set<number>;
}

const titleSets = new Map<string, Titles>();
function titles(language: string): Titles {
  let titles = titleSets.get(language);
  if (titles === undefined) {
    const set = new Set(
      [...(PERSON_TITLES[language as SupportedLanguage] ?? []), ...PERSON_TITLES.en].map((title) =>
        title.toLowerCase(),
      ),
    );
    titles = { set, lengths: new Set([...set].map((title) => title.length)) };
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

/** "M." / "MM." / "Mme" / "Herr" written at token `index`, with its period; null when not a title. */
export function titleAt(
  tokens: readonly Token[],
  index: number,
  text: string,
  language: string,
): { end: number; plural: boolean } | null {
  const token = tokens[index];
  if (token === undefined || !token.capitalized) return null;
  const known = titles(language);
  const withPeriod = text[token.end] === "." ? `${token.text}.` : null;
  if (withPeriod !== null && isTitle(withPeriod, known))
    return { end: token.end + 1, plural: /^(mm|messrs|sigg)\.$/.test(withPeriod.toLowerCase()) };
  if (isTitle(token.text, known))
    return { end: token.end, plural: /^(mmes|messieurs)$/.test(token.text.toLowerCase()) };
  return null;
}
