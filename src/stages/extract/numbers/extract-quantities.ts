import type { AnalyzedArticle } from "../../../domain/document.js";
import type { Token } from "../../../domain/text.js";
import { MONTH_NAMES } from "../../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import {
  CLOCK_HOUR_WORDS,
  COUNT_LINKS,
  CURRENCIES,
  DURATION_UNITS,
  OFFSET_PREFIXES,
  OFFSET_WORDS,
  PERCENT_WORDS,
  TIME_PREPOSITIONS,
} from "../../../language-data/measure-units.js";
import { NUMBER_WORDS, type NumberWords } from "../../../language-data/number-words.js";
import { phrasePattern } from "../dates/phrase-pattern.js";
import { parseDigits } from "./parse-digits.js";
import type { Quantity, QuantityKind } from "./quantity.js";
import { readNumberWords } from "./read-number-words.js";

interface NumberRead {
  value: number;
  low: number;
  high: number;
  vague: boolean;
  last: number;
  articleOnly: boolean;
}

/**
 * Every quantity of one article: numbers in digits ("100 000", "100.000", "1,5 million") and in words
 * ("deux heures", "une heure et demie", "dizaines de milliers"), with what they measure — a duration
 * (minutes), a time of day ("vers 11 heures"), an amount with its currency, a percentage, a year, or a
 * count of the noun that follows. Numbers that are part of a day-month date ("21 janvier") are skipped.
 */
export function extractQuantities(doc: AnalyzedArticle): Quantity[] {
  const { segmented } = doc;
  const lang = segmented.language as SupportedLanguage;
  const words: NumberWords = NUMBER_WORDS[lang] ?? NUMBER_WORDS.en!;
  const durations = DURATION_UNITS[lang] ?? DURATION_UNITS.en!;
  const months = new Set((MONTH_NAMES[lang] ?? []).flat().map((form) => form.toLowerCase().replace(/\.$/, "")));
  const tokens = segmented.tokens;
  const text = segmented.text;
  const quantities: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const read = readNumber(tokens, index, words, lang, text);
    if (read === null) continue;
    const first = tokens[index]!;
    let last = read.last;
    let value = read.value;
    let next = tokens[last + 1];
    // "une heure et demie" reads the unit first; "1,5 million" reads a multiplier.
    if (next !== undefined && !read.vague && (words.values[next.normal] ?? 0) >= 1e6 && /^\d/.test(first.text)) {
      value *= words.values[next.normal]!;
      last++;
      next = tokens[last + 1];
    }
    // "two and a half hours", "zwei und eine halbe Stunde": the half before the unit.
    const halfFirst = startsWithPhrase(text.slice(tokens[last]!.end, tokens[last]!.end + 30), words.half);
    if (halfFirst !== null && !read.vague) {
      const after = lastTokenBefore(tokens, last, tokens[last]!.end + halfFirst);
      const unitToken = tokens[after + 1];
      if (unitToken !== undefined && durations[unitToken.normal] !== undefined) {
        value += 0.5;
        last = after;
        next = unitToken;
      }
    }
    const afterText = text.slice(tokens[last]!.end, tokens[last]!.end + 40);
    const beforeText = text.slice(Math.max(0, first.start - 40), first.start);
    let kind: QuantityKind = "count";
    let unit: string | null = null;
    let scale = 1;
    let role: Quantity["role"] = "measure";
    let head: string | null = null;
    if (next !== undefined && months.has(next.normal) && next.start - tokens[last]!.end <= 2) {
      index = last;
      continue;
    }
    const clock = /^(?:h|:)(\d{2})?(?![\p{L}\d])/u.exec(afterText);
    const hourWords = CLOCK_HOUR_WORDS[lang] ?? [];
    const isClockWord = next !== undefined && hourWords.includes(next.normal);
    const timePreposition = endsWithPhrase(beforeText, TIME_PREPOSITIONS[lang] ?? []);
    if (/^\d/.test(first.text) && clock !== null && clock[1] !== undefined) {
      kind = "time";
      value = value * 60 + Number(clock[1]);
      last = tokens.findIndex((token, i) => i > last && token.start >= tokens[last]!.end + clock[0].length - 1);
      if (last < 0) last = read.last;
    } else if (
      isClockWord &&
      timePreposition &&
      value <= 24 &&
      !read.articleOnly &&
      (lang !== "en" || next!.normal !== "h")
    ) {
      kind = "time";
      value *= 60;
      last++;
    } else if (next !== undefined && durations[next.normal] !== undefined) {
      kind = "duration";
      unit = "min";
      scale = durations[next.normal]!;
      last++;
      const half = startsWithPhrase(text.slice(tokens[last]!.end, tokens[last]!.end + 30), words.half);
      if (half !== null) {
        value += 0.5;
        last = lastTokenBefore(tokens, last, tokens[last]!.end + half);
      }
      const afterUnit = text.slice(tokens[last]!.end, tokens[last]!.end + 30);
      if (
        startsWithPhrase(afterUnit, OFFSET_WORDS[lang] ?? []) !== null ||
        endsWithPhrase(beforeText, OFFSET_PREFIXES[lang] ?? [])
      )
        role = "offset";
    } else if (read.articleOnly) {
      const halfBefore = startsWithPhrase(text.slice(first.start, first.start + 30), words.halfBefore);
      if (halfBefore === null) continue;
    } else if (
      /^\s*%/.test(afterText) ||
      startsWithPhrase(
        afterText,
        (PERCENT_WORDS[lang] ?? []).filter((w) => w !== "%"),
      ) !== null
    ) {
      kind = "percent";
      unit = "%";
      const length = /^\s*%/.test(afterText)
        ? afterText.indexOf("%") + 1
        : startsWithPhrase(afterText, PERCENT_WORDS[lang] ?? [])!;
      last = lastTokenBefore(tokens, last, tokens[last]!.end + length);
    } else {
      const symbol = /[$€£]\s*$/.exec(beforeText);
      let cursor = last + 1;
      const links = COUNT_LINKS[lang] ?? [];
      if (tokens[cursor] !== undefined && isLink(tokens[cursor]!, links)) cursor++;
      const currency = tokens[cursor] === undefined ? undefined : CURRENCIES[tokens[cursor]!.normal];
      const sign = /^\s*([$€£])/.exec(afterText);
      if (symbol !== null || sign !== null || currency !== undefined) {
        kind = "amount";
        unit = CURRENCIES[(symbol?.[0].trim() ?? sign?.[1] ?? "").toLowerCase()] ?? currency ?? null;
        if (currency !== undefined && symbol === null && sign === null) last = cursor;
      } else if (/^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100 && !read.vague) {
        kind = "date";
      } else if (
        tokens[cursor] !== undefined &&
        !tokens[cursor]!.isStopword &&
        tokens[cursor]!.sentence === first.sentence
      ) {
        head = tokens[cursor]!.stem;
      }
      if (read.articleOnly) continue;
    }
    if (read.articleOnly && kind === "count") continue;
    const start = first.start;
    const end = tokens[last]!.end;
    quantities.push(
      buildQuantity({
        doc,
        start,
        end,
        kind,
        unit,
        value: value * scale,
        read,
        scale,
        role,
        head,
        beforeText,
        words,
        sentence: first.sentence,
      }),
    );
    index = last;
  }
  return quantities;
}

function readNumber(
  tokens: readonly Token[],
  index: number,
  words: NumberWords,
  lang: string,
  text: string,
): NumberRead | null {
  const token = tokens[index]!;
  if (/^\d/.test(token.text)) {
    const value = parseDigits(token.text, words.decimal);
    if (value === null || /[\p{L}]$/u.test(text.slice(token.start - 1, token.start))) return null;
    return { value, low: value, high: value, vague: false, last: index, articleOnly: false };
  }
  const vague = words.vague[token.normal];
  if (vague !== undefined) {
    let { low, high } = vague;
    let last = index;
    const link = tokens[index + 1];
    const multiplier = tokens[index + 2];
    if (link !== undefined && multiplier !== undefined && isLink(link, COUNT_LINKS[lang as SupportedLanguage] ?? [])) {
      const factor = words.vague[multiplier.normal]?.low ?? words.values[multiplier.normal];
      if (factor !== undefined && factor >= 1000) {
        low *= factor;
        high = (high + 1) * factor - 1;
        last = index + 2;
      }
    }
    return { value: Math.round((low + high) / 2), low, high, vague: true, last, articleOnly: false };
  }
  const reading = readNumberWords(tokens, index, words, lang);
  if (reading === null || (reading.value >= 1e6 && reading.last === index && !reading.articleOnly)) return null;
  return {
    value: reading.value,
    low: reading.value,
    high: reading.value,
    vague: false,
    last: reading.last,
    articleOnly: reading.articleOnly,
  };
}

function buildQuantity(input: {
  doc: AnalyzedArticle;
  start: number;
  end: number;
  kind: QuantityKind;
  unit: string | null;
  value: number;
  read: NumberRead;
  scale: number;
  role: Quantity["role"];
  head: string | null;
  beforeText: string;
  words: NumberWords;
  sentence: number;
}): Quantity {
  const { doc, kind, unit, value, read } = input;
  const low = read.vague ? read.low * input.scale : value;
  const high = read.vague ? read.high * input.scale : value;
  const rounded = Math.round(value * 1000) / 1000;
  let normalized: string;
  if (read.vague) normalized = `${low}–${high}${unit === null ? "" : ` ${unit}`}`;
  else if (kind === "duration") normalized = `${rounded} min`;
  else if (kind === "time")
    normalized = `${String(Math.floor(value / 60)).padStart(2, "0")}:${String(Math.round(value % 60)).padStart(2, "0")}`;
  else if (kind === "percent") normalized = `${rounded}%`;
  else if (kind === "amount") normalized = `${rounded}${unit === null ? "" : ` ${unit}`}`;
  else normalized = String(rounded);
  const context = doc.segmented.tokens
    .filter(
      (token) =>
        token.sentence === input.sentence && !token.isStopword && !/^\d/.test(token.stem) && token.stem.length > 1,
    )
    .filter((token) => token.end <= input.start || token.start >= input.end)
    .map((token) => token.stem);
  return {
    articleId: doc.article.id,
    start: input.start,
    end: input.end,
    text: doc.segmented.text.slice(input.start, input.end),
    kind,
    value: read.vague ? Math.round((low + high) / 2) : value,
    normalized,
    unit,
    vague: read.vague,
    low,
    high,
    approximate: endsWithPhrase(input.beforeText, input.words.approximately),
    bound: endsWithPhrase(input.beforeText, input.words.atLeast)
      ? "at-least"
      : endsWithPhrase(input.beforeText, input.words.atMost)
        ? "at-most"
        : null,
    role: input.role,
    head: input.head,
    sentence: input.sentence,
    context: [...new Set(context)],
  };
}

const patternCache = new Map<string, { end: RegExp; start: RegExp }>();

function patternsFor(phrases: readonly string[]): { end: RegExp; start: RegExp } {
  const key = phrases.join("|");
  let patterns = patternCache.get(key);
  if (patterns === undefined) {
    const source = phrasePattern(phrases);
    patterns = {
      end: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source || "(?!)"})\\s*$`, "iu"),
      start: new RegExp(`^\\s*(?:${source || "(?!)"})(?![\\p{L}\\p{N}])`, "iu"),
    };
    patternCache.set(key, patterns);
  }
  return patterns;
}

/** True when `text` ends with one of `phrases` (whole words, case-insensitive). */
function endsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return patternsFor(phrases).end.test(text);
}

/** Length of the leading phrase of `text` (spaces included), or null. */
function startsWithPhrase(text: string, phrases: readonly string[]): number | null {
  const match = patternsFor(phrases).start.exec(text);
  return match === null ? null : match[0].length;
}

function isLink(token: Token, links: readonly string[]): boolean {
  const bare = token.normal.replace(/['’]$/, "");
  return links.some((link) => link.replace(/['’]$/, "") === bare);
}

function lastTokenBefore(tokens: readonly Token[], from: number, offset: number): number {
  let index = from;
  while (tokens[index + 1] !== undefined && tokens[index + 1]!.end <= offset) index++;
  return index;
}
