import { ABBREVIATIONS } from "../../language-data/abbreviations.js";
import { foldAccents } from "../segment/index.js";
import { classBefore, LETTER, widthOf } from "./char-classes.js";
import { excerptAround } from "./excerpt.js";
import type { WeightedSignal } from "./translation-signal.js";

const ABBREVIATION_SET = new Set(Object.values(ABBREVIATIONS).flat().map(foldAccents));

/** A lone period after a sentence end: "… négociations. . « Je …", "… à cela. . fais le »". Spaced ellipses ". . ." are not. */
const DOUBLE_PERIOD = /(?<!\.\s?)[.!?]\s+\.(?!\s*\.)/y;
const SENTENCE_END = /[.!?]/g;

/** A sentence that starts in lower case after a full word and a period: "… de Washington. chercher une …", "news. ro". */
const LOWERCASE_AFTER_PERIOD = /(?<![\p{L}\p{N}.])([\p{L}]{3,})\. +(\p{Ll}+)(?![\p{L}\p{N}])/uy;
/** Where LOWERCASE_AFTER_PERIOD can match: the period and spaces before a lower-case letter. */
const PERIOD_BEFORE_LOWER_CASE = /\. +\p{Ll}/gu;

/**
 * The matches of DOUBLE_PERIOD over the text, as a global search would find them: tried only where
 * a match can start (a sentence end), since its look-behind would be tried at every position.
 */
function* doublePeriodMatches(text: string): Generator<RegExpExecArray> {
  SENTENCE_END.lastIndex = 0;
  for (let end = SENTENCE_END.exec(text); end !== null; end = SENTENCE_END.exec(text)) {
    DOUBLE_PERIOD.lastIndex = end.index;
    const match = DOUBLE_PERIOD.exec(text);
    if (match !== null) {
      SENTENCE_END.lastIndex = match.index + match[0].length;
      yield match;
    }
  }
}

/**
 * The matches of LOWERCASE_AFTER_PERIOD over the text, as a global search would find them. A match
 * starts where the run of letters before a period starts (its look-behind forbids a letter before),
 * so only the periods followed by spaces and a lower-case letter are looked at.
 */
function* lowercaseAfterPeriodMatches(text: string): Generator<RegExpExecArray> {
  let searchedUpTo = 0;
  PERIOD_BEFORE_LOWER_CASE.lastIndex = 0;
  for (
    let period = PERIOD_BEFORE_LOWER_CASE.exec(text);
    period !== null;
    period = PERIOD_BEFORE_LOWER_CASE.exec(text)
  ) {
    let start = period.index;
    while (start > 0) {
      const kind = classBefore(text, start);
      if ((kind & LETTER) === 0) break;
      start -= widthOf(kind);
    }
    if (start === period.index || start < searchedUpTo) continue;
    LOWERCASE_AFTER_PERIOD.lastIndex = start;
    const match = LOWERCASE_AFTER_PERIOD.exec(text);
    if (match === null) continue;
    searchedUpTo = match.index + match[0].length;
    PERIOD_BEFORE_LOWER_CASE.lastIndex = Math.max(PERIOD_BEFORE_LOWER_CASE.lastIndex, searchedUpTo);
    yield match;
  }
}

function doublePeriods(text: string): WeightedSignal[] {
  return [...doublePeriodMatches(text)].map((match) => ({
    signal: { kind: "stray-punctuation", excerpt: excerptAround(text, match.index, match.index + match[0].length) },
    rule: "double-period",
    weight: 2,
    at: match.index,
  }));
}

function lowercaseAfterPeriods(text: string): WeightedSignal[] {
  const found: WeightedSignal[] = [];
  for (const match of lowercaseAfterPeriodMatches(text)) {
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
  for (const mark of text.matchAll(/\n\n|[«»]/g)) {
    const i = mark.index;
    if (mark[0] === "\n\n") depth = 0;
    else if (mark[0] === "«") depth++;
    else if (depth > 0) depth--;
    else {
      found.push({
        signal: { kind: "stray-punctuation", excerpt: excerptAround(text, i, i + 1) },
        rule: "unmatched-quote",
        weight: 1,
        at: i,
      });
    }
  }
  return found;
}

/** Punctuation a translation engine leaves behind: stray periods, lower-case sentence starts, unpaired quotes. */
export function findPunctuationSignals(text: string): WeightedSignal[] {
  return [...doublePeriods(text), ...lowercaseAfterPeriods(text), ...unmatchedGuillemets(text)];
}
