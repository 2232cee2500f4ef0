import { ABBREVIATIONS } from "../../language-data/abbreviations.js";
import { foldAccents } from "../segment/index.js";
import { excerptAround } from "./excerpt.js";
import type { WeightedSignal } from "./translation-signal.js";

const ABBREVIATION_SET = new Set(Object.values(ABBREVIATIONS).flat().map(foldAccents));

/** A lone period after a sentence end: "… négociations. . « Je …", "… à cela. . fais le »". Spaced ellipses ". . ." are not. */
const DOUBLE_PERIOD = /(?<!\.\s?)[.!?]\s+\.(?!\s*\.)/g;

/** A sentence that starts in lower case after a full word and a period: "… de Washington. chercher une …", "news. ro". */
const LOWERCASE_AFTER_PERIOD = /(?<![\p{L}\p{N}.])([\p{L}]{3,})\. +(\p{Ll}+)(?![\p{L}\p{N}])/gu;

function doublePeriods(text: string): WeightedSignal[] {
  return [...text.matchAll(DOUBLE_PERIOD)].map((match) => ({
    signal: { kind: "stray-punctuation", excerpt: excerptAround(text, match.index, match.index + match[0].length) },
    rule: "double-period",
    weight: 2,
    at: match.index,
  }));
}

function lowercaseAfterPeriods(text: string): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  for (const match of text.matchAll(LOWERCASE_AFTER_PERIOD)) {
    const word = match[1]!;
    if (ABBREVIATION_SET.has(foldAccents(word)) || word === word.toUpperCase()) continue;
    found.push({
      signal: { kind: "stray-punctuation", excerpt: excerptAround(text, match.index, match.index + match[0].length) },
      rule: "lowercase-after-period",
      weight: 1,
      at: match.index,
    });
  }
  return found;
}

/** A closing » that closes nothing in its paragraph: "« sur la bonne voie » qu’après la Réponse américaine »". */
function unmatchedGuillemets(text: string): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n" && text[i + 1] === "\n") depth = 0;
    else if (char === "«") depth++;
    else if (char === "»") {
      if (depth === 0) {
        found.push({
          signal: { kind: "stray-punctuation", excerpt: excerptAround(text, i, i + 1) },
          rule: "unmatched-quote",
          weight: 1,
          at: i,
        });
      } else depth--;
    }
  }
  return found;
}

/** Punctuation a translation engine leaves behind: stray periods, lower-case sentence starts, unpaired quotes. */
export function findPunctuationSignals(text: string): WeightedSignal[] {
  return [...doublePeriods(text), ...lowercaseAfterPeriods(text), ...unmatchedGuillemets(text)];
}
