import type { RemovalReason } from "../../domain/article.js";
import { SUPPORTED_LANGUAGES } from "../../language-data/languages.js";
import { ARTICLES } from "../../language-data/translation-cues.js";
import { isStopword } from "../segment/index.js";
import { countWords } from "./count-words.js";
import { cuesOfAllLanguages } from "./cue-lists.js";
import { afterStartingCue, endsLikeSentence, hasQuoteMarks } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";
import { leadingWordSpans, sameWords, startsWithWords, type WordSpan, wordSpans } from "./word-spans.js";

/** One of the first lines of an article, and whether it is alone in its paragraph. */
export interface HeadLine {
  text: string;
  alone: boolean;
}

/** What the head of an article holds besides the article: a breadcrumb, the title again. */
export interface HeadBoilerplate {
  /** Whole lines to remove, by index into the lines given. */
  lines: Map<number, RemovalReason>;
  /** The first line starts with the title, glued to the lede: `[0, end)` of that line is the title. */
  titlePrefix: { line: number; end: number } | null;
  /** The title as the text gives it, when the input gave none. */
  title: string | null;
}

const TRAIL_SEPARATOR = /\s*(?:[›>»|→·•]|\s\/\s)\s*/;
const TRAILING_ELLIPSIS = /\s*(?:\.{2,}|…)\s*$/;

/** "Home › World › Europe": three or more short segments between separators. */
function isSeparatorTrail(line: string): boolean {
  const segments = line.split(TRAIL_SEPARATOR).filter((segment) => segment.trim() !== "");
  return (
    segments.length >= 3 && segments.every((segment) => !hasMoreWordsThan(segment, 5) && !/[.!?]$/.test(segment.trim()))
  );
}

/**
 * A breadcrumb that opens with a home word: "Accueil Internationales La réunion … terminée...." — the
 * home word, a few section names, then (often cut short) the title, which `nextLine` or `title`
 * repeats. Returns the repeated title words, `[]` for a bare trail ("Accueil Monde"), or null.
 */
function homeBreadcrumb(line: string, nextLine: string | undefined, title: string | undefined): WordSpan[] | null {
  const rest = afterStartingCue(line, cuesOfAllLanguages("home"));
  if (rest === null || hasMoreWordsThan(line, 30) || hasQuoteMarks(line)) return null;
  const words = wordSpans(rest.replace(TRAILING_ELLIPSIS, ""));
  if (words.length <= 4 && !/[.!?]/.test(rest.replace(TRAILING_ELLIPSIS, ""))) return [];
  const repeats = [nextLine, title].filter((text): text is string => text !== undefined).map(wordSpans);
  for (let sections = 0; sections <= 4; sections++) {
    const candidate = words.slice(sections);
    if (candidate.length < 3) break;
    if (repeats.some((repeat) => startsWithWords(repeat, candidate))) return candidate;
  }
  return null;
}

const ARTICLE_WORDS = new Set(
  Object.values(ARTICLES).flatMap((articles) => [...articles.definite, ...articles.indefinite]),
);

function isStopwordInAnyLanguage(word: string): boolean {
  return SUPPORTED_LANGUAGES.some((language) => isStopword(word, language));
}

/**
 * A headline glued to its lede with no punctuation between them: "Situation en Ukraine – Blinken et
 * Lavrov se rencontreront à Genève vendredi Le chef de la diplomatie …". The cut is a capitalised
 * article right after a lower-case content word and before a lower-case word: within a sentence a
 * capitalised article only starts a name ("selon Le Monde", "à La Haye"), which this excludes.
 * Returns the offset where the lede starts, or -1.
 */
function gluedHeadlineEnd(line: string): number {
  const words = wordSpans(line);
  for (let k = 4; k < Math.min(words.length - 8, 26); k++) {
    const article = line.slice(words[k]!.start, words[k]!.end);
    const before = line.slice(words[k - 1]!.start, words[k - 1]!.end);
    const after = line.slice(words[k + 1]!.start, words[k + 1]!.end);
    if (!ARTICLE_WORDS.has(words[k]!.key) || !/^\p{Lu}\p{Ll}*$/u.test(article)) continue;
    if (!/^\p{Ll}/u.test(before) || isStopwordInAnyLanguage(before) || !/^\p{Ll}/u.test(after)) continue;
    const headline = line.slice(0, words[k]!.start);
    if (/[.!?:;«»"“”]/.test(headline)) return -1;
    return words[k]!.start;
  }
  return -1;
}

/** A first line that reads as a headline: short, unpunctuated at its end, no quotation. */
function isStandaloneHeadline(line: string): boolean {
  return (
    hasMoreWordsThan(line, 2) &&
    !hasMoreWordsThan(line, 20) &&
    !endsLikeSentence(line) &&
    !/[,;]$/.test(line) &&
    !hasQuoteMarks(line) &&
    /^[\p{Lu}\p{N}]/u.test(line)
  );
}

/**
 * Breadcrumbs and title repeats among the first lines of an article. `title` is the title the input
 * gave, if any; without one, a title the head repeats (or a headline glued to the lede) becomes the title.
 */
export function findHeadBoilerplate(head: readonly HeadLine[], title: string | undefined): HeadBoilerplate {
  const lines = head.map((line) => line.text);
  const found: HeadBoilerplate = { lines: new Map(), titlePrefix: null, title: null };
  if (lines.length === 0) return found;
  let next = 0;
  const first = lines[0]!;
  const repeated = homeBreadcrumb(first, lines[1], title);
  if (repeated !== null || isSeparatorTrail(first)) {
    found.lines.set(0, "breadcrumb");
    next = 1;
    const candidate = lines[1];
    if (title === undefined && repeated !== null && repeated.length > 0 && candidate !== undefined) {
      if (startsWithWords(wordSpans(candidate), repeated) && !hasMoreWordsThan(candidate, 30)) {
        found.lines.set(1, "title-repeat");
        found.title = candidate;
        next = 2;
      }
    }
  }
  if (title !== undefined) {
    for (let i = next; i < Math.min(lines.length, next + 3); i++) {
      const line = lines[i]!;
      if (sameWords(line, title)) {
        found.lines.set(i, "title-repeat");
        next = i + 1;
        continue;
      }
      // Counted first: listing the words of a whole paragraph is dearer, and seldom needed.
      const titleCount = countWords(title);
      if (i === next && titleCount >= 3 && countWords(line, titleCount + 5) - titleCount >= 5) {
        const titleWords = wordSpans(title);
        const lineWords = leadingWordSpans(line, titleWords.length);
        if (startsWithWords(lineWords, titleWords)) {
          found.titlePrefix = { line: i, end: titlePrefixEnd(line, lineWords[titleWords.length - 1]!.end) };
        }
      }
      break;
    }
    return found;
  }
  if (found.title === null && next < lines.length - 1 && head[next]!.alone && isStandaloneHeadline(lines[next]!)) {
    found.lines.set(next, "title-repeat");
    found.title = lines[next]!;
    return found;
  }
  if (found.title === null && next < lines.length) {
    const end = gluedHeadlineEnd(lines[next]!);
    if (end > 0) {
      found.titlePrefix = { line: next, end };
      found.title = lines[next]!.slice(0, end).trim();
    }
  }
  return found;
}

/** The title's last word, plus the punctuation that closes it ("…", ":"), up to the next word. */
function titlePrefixEnd(line: string, lastWordEnd: number): number {
  const closing = /^[^\s\p{L}\p{N}]*/u.exec(line.slice(lastWordEnd))![0];
  return lastWordEnd + closing.length;
}
