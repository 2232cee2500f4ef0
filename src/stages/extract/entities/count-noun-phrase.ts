import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { NUMBER_WORDS } from "../../../language-data/number-words.js";
import { type Candidate, firstTokenOf } from "./candidate.js";

/** A hundred and up: the number words a language that capitalises nouns writes as nouns ("Milliarden", "Tausende"). */
const LARGE = 100;

const byLanguage = new Map<string, ReadonlySet<string>>();

function largeNumberWords(language: string): ReadonlySet<string> {
  let words = byLanguage.get(language);
  if (words === undefined) {
    const lexicon = NUMBER_WORDS[language as SupportedLanguage];
    words = new Set(
      lexicon === undefined
        ? []
        : [
            ...Object.entries(lexicon.values)
              .filter(([, value]) => value >= LARGE)
              .map(([word]) => word),
            ...Object.keys(lexicon.vague),
          ],
    );
    byLanguage.set(language, words);
  }
  return words;
}

/**
 * Whether a candidate opens on a large number word where every noun is capitalised (German): "2,5 Milliarden Euro",
 * "Tausende Menschen", "Hunderte Soldaten" are a count and its noun, no name. `normals`: each token's folded normal
 * form.
 */
export function isCountNounPhrase(
  tokens: readonly Token[],
  normals: readonly string[],
  candidate: Candidate,
  language: string,
): boolean {
  if (!NOUN_CAPITALISING_LANGUAGES.has(language)) return false;
  const first = firstTokenOf(tokens, candidate);
  return largeNumberWords(language).has(normals[first]!);
}
