import type { AnalyzedArticle } from "../../../domain/document.js";
import type { Token } from "../../../domain/text.js";
import { tokensBySentence } from "../dates/tokens-by-sentence.js";
import { ageOf } from "./age-of.js";
import { readClock, readHourWordTime } from "./clock-time.js";
import { lastTokenBefore } from "./last-token-before.js";
import { isNotAMeasure } from "./not-a-measure.js";
import { isCountLink, type NumberLexicon, numberLexicon } from "./number-lexicon.js";
import { parseDigits } from "./parse-digits.js";
import { endsWithPhrase, startsWithPhrase } from "./phrase-edges.js";
import type { Quantity, QuantityKind } from "./quantity.js";
import { readMultipliers } from "./read-multipliers.js";
import { readNumberWords } from "./read-number-words.js";
import { isTimestamp } from "./timestamp.js";
import { currencyUnit, distanceUnit, durationUnit } from "./unit-words.js";

interface NumberRead {
  value: number;
  low: number;
  high: number;
  vague: boolean;
  last: number;
  articleOnly: boolean;
}

/** True when `text` begins with an ASCII digit (what `/^\d/` tests). */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Every quantity of one article: numbers in digits ("100 000", "100.000", "1,5 million") and in words
 * ("deux heures", "une heure et demie", "dizaines de milliers"), with what they measure — a duration
 * (minutes), a time of day ("vers 11 heures"), an amount with its currency, a percentage, a year, or a
 * count of the noun that follows. Numbers that are part of a day-month date ("21 janvier") are skipped.
 */
export function extractQuantities(doc: AnalyzedArticle): Quantity[] {
  const { segmented } = doc;
  const lexicon = numberLexicon(segmented.language);
  const { words } = lexicon;
  const lang = segmented.language;
  const tokens = segmented.tokens;
  const text = segmented.text;
  const quantities: Quantity[] = [];
  // The content words of each sentence that holds a quantity, picked once however many it holds.
  const contentWords = new Map<number, Token[]>();
  const contentOf = (sentence: number): Token[] => {
    let content = contentWords.get(sentence);
    if (content === undefined) {
      const sentenceTokens =
        sentence >= 0
          ? (tokensBySentence(segmented)[sentence] ?? [])
          : tokens.filter((token) => token.sentence === sentence);
      content = sentenceTokens.filter(
        (token) => !token.isStopword && !startsWithDigit(token.stem) && token.stem.length > 1,
      );
      contentWords.set(sentence, content);
    }
    return content;
  };
  for (let index = 0; index < tokens.length; index++) {
    const read = readNumber(tokens, index, lexicon, text);
    if (read === null) continue;
    const first = tokens[index]!;
    if (startsWithDigit(first.text) && isNotAMeasure(tokens, index, read.last, text, lexicon)) {
      index = read.last;
      continue;
    }
    // "une heure et demie" reads the unit first; "1,5 million", "2 mil agentes" read their multipliers.
    let { value, last } =
      read.vague || !startsWithDigit(first.text)
        ? read
        : readMultipliers(tokens, index, read.last, read.value, lexicon);
    let next = tokens[last + 1];
    // "two and a half hours", "zwei und eine halbe Stunde": the half before the unit.
    if (!read.vague) {
      const halfFirst = startsWithPhrase(text.slice(tokens[last]!.end, tokens[last]!.end + 30), words.half);
      if (halfFirst !== null) {
        const after = lastTokenBefore(tokens, last, tokens[last]!.end + halfFirst);
        const unitToken = tokens[after + 1];
        if (unitToken !== undefined && lexicon.duration(unitToken.normal) !== undefined) {
          value += 0.5;
          last = after;
          next = unitToken;
        }
      }
    }
    const afterText = text.slice(tokens[last]!.end, tokens[last]!.end + 40);
    const beforeText = text.slice(Math.max(0, first.start - 40), first.start);
    let kind: QuantityKind = "count";
    let unit: string | null = null;
    let scale = 1;
    let role: Quantity["role"] = "measure";
    let head: string | null = null;
    if (next !== undefined && lexicon.months.has(next.normal) && next.start - tokens[last]!.end <= 2) {
      index = last;
      continue;
    }
    const clock = startsWithDigit(first.text) ? readClock(tokens, index, last, value, text, lexicon) : null;
    const duration = durationUnit(next, tokens[last]!, text, lexicon);
    const length = distanceUnit(next, tokens[last]!, text, lexicon);
    let clockEnd = 0;
    const hourTime =
      clock === null &&
      next !== undefined &&
      lexicon.clockHourWords.has(next.normal) &&
      endsWithPhrase(beforeText, lexicon.timePrepositions) &&
      value <= 24 &&
      !read.articleOnly &&
      (lang !== "en" || next.normal !== "h")
        ? readHourWordTime(first.text, value, text, next.end)
        : null;
    if (clock?.kind === "elapsed") {
      index = clock.last;
      continue;
    }
    if (clock !== null) {
      kind = "time";
      [value, last, clockEnd] = [clock.minutes, clock.last, clock.end];
      if (isTimestamp(text, first.start, clock.end, lexicon)) {
        index = last;
        continue;
      }
    } else if (hourTime !== null) {
      kind = "time";
      [value, last] = [hourTime.minutes, lastTokenBefore(tokens, last + 1, hourTime.end)];
    } else if (duration !== undefined) {
      kind = "duration";
      unit = "min";
      scale = duration;
      last++;
      const half = startsWithPhrase(text.slice(tokens[last]!.end, tokens[last]!.end + 30), words.half);
      if (half !== null) {
        value += 0.5;
        last = lastTokenBefore(tokens, last, tokens[last]!.end + half);
      }
      const afterUnit = text.slice(tokens[last]!.end, tokens[last]!.end + 30);
      if (
        startsWithPhrase(afterUnit, lexicon.offsetWords) !== null ||
        endsWithPhrase(beforeText, lexicon.offsetPrefixes)
      )
        role = "offset";
    } else if (length !== undefined) {
      // A distance, counted in kilometres ("35 km", "22 miles", "40 kilomètres").
      [unit, head, scale] = ["km", "km", length];
      last++;
    } else if (read.articleOnly) {
      // An article alone ("une", "a") is a number only before a unit.
      continue;
    } else if (/^\s*%/.test(afterText) || startsWithPhrase(afterText, lexicon.percentPhrases) !== null) {
      kind = "percent";
      unit = "%";
      const length = /^\s*%/.test(afterText)
        ? afterText.indexOf("%") + 1
        : startsWithPhrase(afterText, lexicon.percentWords)!;
      last = lastTokenBefore(tokens, last, tokens[last]!.end + length);
    } else {
      // "$", "€", "£", or a dollar with its country's letters: "US$", "R$" (reais), "HK$".
      const symbol = /(?<!\p{L})\p{L}{0,3}[$€£]\s*$/u.exec(beforeText);
      let cursor = last + 1;
      if (tokens[cursor] !== undefined && isCountLink(tokens[cursor]!, lexicon)) cursor++;
      const currency = currencyUnit(tokens[cursor], tokens[cursor - 1]!, text, lexicon);
      const sign = /^\s*([$€£])/.exec(afterText);
      if (symbol !== null || sign !== null || currency !== undefined) {
        kind = "amount";
        unit = lexicon.currency((symbol?.[0].trim() ?? sign?.[1] ?? "").toLowerCase()) ?? currency ?? null;
        if (currency !== undefined && symbol === null && sign === null) last = cursor;
      } else if (/^\d{4}$/.test(first.text) && value >= 1800 && value <= 2100 && !read.vague) {
        kind = "date";
      } else if (
        tokens[cursor] !== undefined &&
        !tokens[cursor]!.isStopword &&
        // The noun right after it on its line, not past a comma ("a magnitude of 6.1, officials said").
        /^[ \u00a0-]*$/.test(text.slice(tokens[cursor - 1]!.end, tokens[cursor]!.start))
      ) {
        head = tokens[cursor]!.stem;
      }
    }
    const age = role === "measure" && !read.vague ? ageOf(tokens, index, last, kind, scale, text, lexicon) : null;
    if (age !== null) [role, head] = ["age", age.head];
    const start = first.start;
    const end = Math.max(tokens[last]!.end, clockEnd);
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
        content: contentOf(first.sentence),
      }),
    );
    index = last;
  }
  return quantities;
}

function readNumber(tokens: readonly Token[], index: number, lexicon: NumberLexicon, text: string): NumberRead | null {
  const token = tokens[index]!;
  if (startsWithDigit(token.text)) {
    const value = parseDigits(token.text, lexicon.words.decimal);
    if (value === null || /[\p{L}]$/u.test(text.slice(token.start - 1, token.start))) return null;
    return { value, low: value, high: value, vague: false, last: index, articleOnly: false };
  }
  if (!lexicon.numberWords.has(token.normal)) return null;
  const vague = lexicon.vague(token.normal);
  if (vague !== undefined) {
    let { low, high } = vague;
    let last = index;
    const link = tokens[index + 1];
    const multiplier = tokens[index + 2];
    if (link !== undefined && multiplier !== undefined && isCountLink(link, lexicon)) {
      const factor = lexicon.vague(multiplier.normal)?.low ?? lexicon.value(multiplier.normal);
      if (factor !== undefined && factor >= 1000) {
        low *= factor;
        high = (high + 1) * factor - 1;
        last = index + 2;
      }
    }
    return { value: Math.round((low + high) / 2), low, high, vague: true, last, articleOnly: false };
  }
  const reading = readNumberWords(tokens, index, lexicon);
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
  words: NumberLexicon["words"];
  sentence: number;
  /** The content words of the sentence, numbers left out. */
  content: readonly Token[];
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
  else if (kind === "amount" || unit !== null) normalized = `${rounded}${unit === null ? "" : ` ${unit}`}`;
  else normalized = String(rounded);
  const context = new Set<string>();
  for (const token of input.content) {
    if (token.end <= input.start || token.start >= input.end) context.add(token.stem);
  }
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
    // A converted length is rounded by whoever converted it ("35 km (22 miles)").
    approximate: (unit === "km" && input.scale !== 1) || endsWithPhrase(input.beforeText, input.words.approximately),
    bound: endsWithPhrase(input.beforeText, input.words.atLeast)
      ? "at-least"
      : endsWithPhrase(input.beforeText, input.words.atMost)
        ? "at-most"
        : null,
    role: input.role,
    head: input.head,
    sentence: input.sentence,
    context: [...context],
  };
}
