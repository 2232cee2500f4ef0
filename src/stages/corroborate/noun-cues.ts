import type { Token } from "../../domain/text.js";
import { NOUN_DETERMINERS, PRENOMINAL_ADJECTIVES } from "../../language-data/discrepancy-labels.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { COUNT_LINKS, DURATION_UNITS } from "../../language-data/measure-units.js";
import { calendarWords } from "./calendar-word-set.js";
import { isLetterAt } from "./is-letter.js";
import { wordsDefinedIn } from "./words-defined-in.js";

/** A language's words that tell nouns, as sets. */
export interface NounCues {
  language: SupportedLanguage;
  /** The words `DURATION_UNITS[language]` defines, when it has a table. */
  units: ReadonlySet<string> | null;
  adjectives: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Month and weekday names, lower-case: when a value was given ("el martes"), not what it is about. */
  calendar: ReadonlySet<string>;
}

const nounCuesByLanguage = new Map<SupportedLanguage, NounCues>();

export function nounCues(language: SupportedLanguage): NounCues {
  let cues = nounCuesByLanguage.get(language);
  if (cues === undefined) {
    const units = DURATION_UNITS[language];
    cues = {
      language,
      units: units === undefined ? null : wordsDefinedIn(units),
      adjectives: new Set(PRENOMINAL_ADJECTIVES[language] ?? []),
      determiners: new Set(NOUN_DETERMINERS[language] ?? []),
      calendar: calendarWords(language),
    };
    nounCuesByLanguage.set(language, cues);
  }
  return cues;
}

/** Whether `DURATION_UNITS[language][word]` is defined. */
function isUnitWord(word: string, cues: NounCues): boolean {
  return cues.units?.has(word) ?? false;
}

/** Whether `text` is three letters or more and nothing else (`/^\p{L}{3,}$/u`). */
function isLongWord(text: string): boolean {
  let letters = 0;
  for (let index = 0; index < text.length; letters++) {
    const width = isLetterAt(text, index);
    if (width === 0) return false;
    index += width;
  }
  return letters >= 3;
}

/**
 * A lower-case word of three letters or more that is no stopword, unit, month or weekday (German nouns are
 * capitalised).
 */
export function isContentWord(token: Token, cues: NounCues): boolean {
  if (token.isStopword || token.text.length < 3 || (token.capitalized && cues.language !== "de")) return false;
  return isLongWord(token.text) && !isUnitWord(token.normal, cues) && !cues.calendar.has(token.normal);
}

/** A word without its elision apostrophe ("l’" → "l"). */
function withoutElision(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x27 || last === 0x2019 ? word.slice(0, -1) : word;
}

/**
 * After a determiner: directly, or over the adjectives that stand before a noun (any content word in
 * English and German, "the peace talks"; the few prenominal ones in Romance languages, "une nouvelle réunion").
 */
export function followsDeterminer(tokens: readonly Token[], index: number, cues: NounCues): boolean {
  const { adjectives, determiners } = cues;
  if (adjectives.has(tokens[index]!.normal)) return false;
  const headFinal = cues.language === "en" || cues.language === "de";
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const previous = tokens[back]!;
    if (previous.sentence !== tokens[index]!.sentence) return false;
    if (determiners.has(withoutElision(previous.normal))) return true;
    const steppable = headFinal ? isContentWord(previous, cues) : adjectives.has(previous.normal);
    if (!steppable) return false;
  }
  return false;
}

const countLinksByLanguage = new Map<SupportedLanguage, readonly string[]>();

/** The language's words linking a value to its noun ("de", "of"), without their elision apostrophe. */
function countLinks(language: SupportedLanguage): readonly string[] {
  let links = countLinksByLanguage.get(language);
  if (links === undefined) {
    links = (COUNT_LINKS[language] ?? []).map((link) => link.replace(/['’]$/, ""));
    countLinksByLanguage.set(language, links);
  }
  return links;
}

/** The noun written right after the value, directly or after a linking word ("d'entretiens", "of talks"). */
export function attachedNoun(
  tokens: readonly Token[],
  text: string,
  last: number,
  language: SupportedLanguage,
): number {
  const links = countLinks(language);
  let index = last + 1;
  const next = tokens[index];
  if (next === undefined || next.sentence !== tokens[last]!.sentence) return -1;
  if (links.includes(next.normal.replace(/['’]$/, ""))) index++;
  const noun = tokens[index];
  if (noun === undefined || noun.sentence !== tokens[last]!.sentence) return -1;
  // Nothing but spaces and elisions in between: "ninety minutes, officials said" attaches nothing.
  const between = text.slice(tokens[last]!.end, noun.start);
  return /^[\s'’]*(?:\p{L}+['’\s]+)?$/u.test(between) ? index : -1;
}
