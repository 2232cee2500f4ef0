import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { PERSON_TITLES } from "../../../language-data/titles.js";

const titleSets = new Map<string, Set<string>>();
function titles(language: string): Set<string> {
  let set = titleSets.get(language);
  if (set === undefined) {
    set = new Set(
      [...(PERSON_TITLES[language as SupportedLanguage] ?? []), ...PERSON_TITLES.en].map((title) =>
        title.toLowerCase(),
      ),
    );
    titleSets.set(language, set);
  }
  return set;
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
  const set = titles(language);
  const withPeriod = text[token.end] === "." ? `${token.text}.`.toLowerCase() : null;
  if (withPeriod !== null && set.has(withPeriod))
    return { end: token.end + 1, plural: /^(mm|messrs|sigg)\.$/.test(withPeriod) };
  if (set.has(token.text.toLowerCase()))
    return { end: token.end, plural: /^(mmes|messieurs)$/.test(token.text.toLowerCase()) };
  return null;
}
