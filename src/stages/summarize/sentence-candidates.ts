import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Token } from "../../domain/text.js";
import { ANAPHORIC_OPENERS, DEMONSTRATIVE_DETERMINERS } from "../../language-data/anaphoric-openers.js";
import { WEEKDAY_NAMES } from "../../language-data/calendar-words.js";
import { isSupportedLanguage } from "../../language-data/languages.js";
import { PRESENT_TIME_NOUNS } from "../../language-data/present-time-nouns.js";
import { VERB_ENDINGS, VERB_WORDS } from "../../language-data/verb-words.js";
import { type TermVector, termCounts } from "../../similarity/index.js";
import { datelineLength } from "./leading-dateline.js";
import { looksLikeCaption } from "./looks-like-caption.js";
import { countWords, isHeading, rejectSentence } from "./reject-sentence.js";
import { translationSpans } from "./translation-spans.js";

/** Below this many words, a sentence must show a verb (in languages with verb cues) or it is a heading. */
const VERB_TEST_WORDS = 12;

/** Whether a short sentence shows no verb: a heading or a caption ending in a full stop. */
function looksVerbless(tokens: readonly Token[], words: number, language: string): boolean {
  const verbs = VERB_WORDS[language];
  if (verbs === undefined || words >= VERB_TEST_WORDS) return false;
  const endings = VERB_ENDINGS[language];
  return !tokens.some(
    (token) =>
      verbs.has(token.normal) ||
      (endings !== undefined && !token.capitalized && token.normal.length > 3 && endings.test(token.normal)),
  );
}

/**
 * Whether the text after the sentence, up to the end of its line, is a heading or a credit (no final
 * punctuation): then the whole line is a title block ("Réunion terminée. Ce que Moscou attend") or a
 * caption with its photo credit, not article prose.
 */
function endsInHeadingLine(text: string, end: number): boolean {
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
  return rest !== "" && isHeading(rest);
}

const weekdaysByLanguage = new Map<string, ReadonlySet<string>>();

/** The language's weekday names, lower-case. */
function weekdays(language: string): ReadonlySet<string> {
  let names = weekdaysByLanguage.get(language);
  if (names === undefined) {
    const forms = isSupportedLanguage(language) ? (WEEKDAY_NAMES[language] ?? []).flat() : [];
    names = new Set(forms.map((form) => form.toLowerCase()));
    weekdaysByLanguage.set(language, names);
  }
  return names;
}

const openingWordsByLanguage = new Map<string, ReadonlySet<string>>();

/**
 * What a token must read for an opener of several words to start with it: each part of an opener before one of
 * its spaces ("ce" of "ce dernier"; "de", "de son" of "de son côté", since a token may hold a space, "8 000").
 */
function openingWords(language: string, openers: ReadonlySet<string>): ReadonlySet<string> {
  let words = openingWordsByLanguage.get(language);
  if (words === undefined) {
    const prefixes = new Set<string>();
    for (const opener of openers)
      for (let space = opener.indexOf(" "); space >= 0; space = opener.indexOf(" ", space + 1))
        prefixes.add(opener.slice(0, space));
    words = prefixes;
    openingWordsByLanguage.set(language, words);
  }
  return words;
}

/**
 * Whether the sentence opens on a word (or two) pointing back to an earlier sentence ("Il", "Ce
 * dernier", "However", "De son côté"); a demonstrative before a noun of time ("Ce vendredi", "This
 * week") points to the present and does not count.
 */
export function opensAnaphorically(tokens: readonly Token[], language: string): boolean {
  const openers = ANAPHORIC_OPENERS[language];
  const [first, second, third] = tokens;
  if (openers === undefined || first === undefined) return false;
  if (second !== undefined && openingWords(language, openers).has(first.normal)) {
    if (openers.has(`${first.normal} ${second.normal}`)) return true;
    if (third !== undefined && openers.has(`${first.normal} ${second.normal} ${third.normal}`)) return true;
  }
  if (!openers.has(first.normal)) return false;
  return second === undefined || !presentTime(second.normal, language);
}

/**
 * Below this many words, a sentence pointing back with a demonstrative says little of its own
 * ("Antony Blinken a confirmé cette information."); a longer one carries enough to stand.
 */
const SHORT_SENTENCE_WORDS = 15;

/** Whether `word` names the present time ("vendredi", "week"): after a demonstrative, it points nowhere back. */
function presentTime(word: string, language: string): boolean {
  return (PRESENT_TIME_NOUNS[language]?.has(word) ?? false) || weekdays(language).has(word);
}

/**
 * Whether the sentence, past its first word, points back with a demonstrative before a noun ("a confirmé
 * cette information", "these talks"), except before a noun of time ("cette semaine").
 */
export function refersBack(tokens: readonly Token[], language: string): boolean {
  const determiners = DEMONSTRATIVE_DETERMINERS[language];
  if (determiners === undefined) return false;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!determiners.has(tokens[i]!.normal)) continue;
    const next = tokens[i + 1]!;
    if (!next.isStopword && !presentTime(next.normal, language)) return true;
  }
  return false;
}

/** Whether `[start, end)` overlaps one of `spans`. */
function overlapsAny(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

/** One sentence of one article, as the summarizer weighs it. */
export interface SentenceCandidate {
  /** Index of its article in the docs given to the summarizer. */
  doc: number;
  articleId: ArticleId;
  /** Index into `segmented.sentences`. */
  sentence: number;
  /** 0-based rank among the article's summary-fit sentences: 0 is the lead. */
  rank: number;
  start: number;
  end: number;
  text: string;
  words: number;
  /** Content-stem counts (not yet weighted). */
  counts: TermVector;
  /**
   * Whether it may be chosen: fit, not in an article that merely copies another, not garbled by machine
   * translation, not a photo caption (such sentences still count as other articles' support and are cited).
   */
  eligible: boolean;
  /** Opens on a word that points back to an earlier sentence ("Il", "Ce dernier", "However"). */
  anaphoric: boolean;
  /** Points back with a demonstrative past its first word ("a confirmé cette information"). */
  refersBack: boolean;
  /** Holds the evidence of a machine-translation signal of its article ("mais stress que", ". ."). */
  garbled: boolean;
  /** Its article is likely machine-translated. */
  translated: boolean;
  /** Reads as a photo caption, not article prose. */
  caption: boolean;
}

/** Whether a sentence is the article's title (`title` trimmed and lower-cased) over again. */
function repeatsTitle(sentence: string, title: string): boolean {
  const trimmed = sentence.trim();
  // Lower-casing never shortens a text: a longer sentence cannot be the title.
  return trimmed.length <= title.length && trimmed.toLowerCase() === title;
}

/** Only the first sentences of a long article are weighed: later ones are rarely summary material. */
export const MAX_SENTENCES_PER_ARTICLE = 40;

/** Tokens of each sentence, in one pass over the article's tokens. */
function tokensBySentence(tokens: readonly Token[], sentenceCount: number): Token[][] {
  const groups: Token[][] = [];
  // Tokens come in sentence order: each sentence's are one slice.
  let start = 0;
  while (groups.length < sentenceCount) {
    let end = start;
    while (end < tokens.length && tokens[end]!.sentence === groups.length) end++;
    groups.push(tokens.slice(start, end));
    start = end;
  }
  if (start === tokens.length) return groups;
  // Not in sentence order (or outside the sentences): sorted out one token at a time.
  for (const group of groups) group.length = 0;
  for (const token of tokens)
    if (token.sentence >= 0 && token.sentence < sentenceCount) groups[token.sentence]!.push(token);
  return groups;
}

/**
 * The summary-fit sentences of `docs` with their stem counts, at most
 * MAX_SENTENCES_PER_ARTICLE per article. Sentences of articles in `copies` are kept (so they can
 * be cited in `alsoIn`) but not eligible. A sentence identical to the article's title is left out.
 */
export function sentenceCandidates(
  docs: readonly AnalyzedArticle[],
  copies: ReadonlySet<ArticleId>,
): SentenceCandidate[] {
  const candidates: SentenceCandidate[] = [];
  docs.forEach((doc, docIndex) => {
    const { text, title, id, machineTranslated } = doc.article;
    const { sentences, tokens, language } = doc.segmented;
    const garbledSpans = translationSpans(doc.article);
    const sentencesInParagraph = new Map<number, number>();
    for (const sentence of sentences)
      sentencesInParagraph.set(sentence.paragraph, (sentencesInParagraph.get(sentence.paragraph) ?? 0) + 1);
    const bySentence = tokensBySentence(tokens, sentences.length);
    const normalizedTitle = title.trim().toLowerCase();
    let rank = 0;
    for (let index = 0; index < sentences.length && rank < MAX_SENTENCES_PER_ARTICLE; index++) {
      const { end, paragraph } = sentences[index]!;
      // A dateline opening the article ("ATHENS (Reuters) - ") is left out of what the summary shows.
      const start =
        sentences[index]!.start + (index === 0 ? datelineLength(text.slice(sentences[0]!.start, end), true) : 0);
      const sentenceText = text.slice(start, end);
      if (normalizedTitle !== "" && repeatsTitle(sentenceText, normalizedTitle)) continue;
      const words = countWords(sentenceText);
      if (rejectSentence(sentenceText, words) !== null || endsInHeadingLine(text, end)) continue;
      const sentenceTokens = bySentence[index]!;
      if (looksVerbless(sentenceTokens, words, language)) continue;
      const counts = termCounts(sentenceTokens);
      if (counts.size < 3) continue;
      const garbled = overlapsAny(start, end, garbledSpans);
      const caption = looksLikeCaption(sentenceText, language, {
        paragraph,
        alone: sentencesInParagraph.get(paragraph) === 1,
        words,
      });
      candidates.push({
        doc: docIndex,
        articleId: id,
        sentence: index,
        rank,
        start,
        end,
        text: sentenceText,
        words,
        counts,
        eligible: !copies.has(id) && !garbled && !caption,
        anaphoric: opensAnaphorically(sentenceTokens, language),
        refersBack: words < SHORT_SENTENCE_WORDS && refersBack(sentenceTokens, language),
        garbled,
        translated: machineTranslated.likely,
        caption,
      });
      rank++;
    }
  });
  return candidates;
}
