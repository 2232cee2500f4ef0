import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Token } from "../../domain/text.js";
import { type TermVector, termCounts } from "../../similarity/index.js";
import { countWords, rejectSentence } from "./reject-sentence.js";
import { ANAPHORIC_OPENERS, VERB_ENDINGS, VERB_WORDS } from "./sentence-cues.js";

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
  return rest !== "" && rejectSentence(rest) === "heading";
}

/** Whether the sentence opens on a word pointing back to an earlier one. */
function opensAnaphorically(tokens: readonly Token[], language: string): boolean {
  const first = tokens[0];
  return first !== undefined && (ANAPHORIC_OPENERS[language]?.has(first.normal) ?? false);
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
  /** Whether it may be chosen (fit, and not in an article that merely copies another). */
  eligible: boolean;
  /** Opens on a word that points back to an earlier sentence ("Il", "Ce dernier", "However"). */
  anaphoric: boolean;
}

/** Only the first sentences of a long article are weighed: later ones are rarely summary material. */
export const MAX_SENTENCES_PER_ARTICLE = 40;

/** Tokens of each sentence, in one pass over the article's tokens. */
function tokensBySentence(tokens: readonly Token[], sentenceCount: number): Token[][] {
  const groups: Token[][] = Array.from({ length: sentenceCount }, () => []);
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
    const { text, title, id } = doc.article;
    const { sentences, tokens } = doc.segmented;
    const bySentence = tokensBySentence(tokens, sentences.length);
    const normalizedTitle = title.trim().toLowerCase();
    let rank = 0;
    for (let index = 0; index < sentences.length && rank < MAX_SENTENCES_PER_ARTICLE; index++) {
      const { start, end } = sentences[index]!;
      const sentenceText = text.slice(start, end);
      if (normalizedTitle !== "" && sentenceText.trim().toLowerCase() === normalizedTitle) continue;
      if (rejectSentence(sentenceText) !== null || endsInHeadingLine(text, end)) continue;
      const sentenceTokens = bySentence[index]!;
      const words = countWords(sentenceText);
      if (looksVerbless(sentenceTokens, words, doc.segmented.language)) continue;
      const counts = termCounts(sentenceTokens);
      if (counts.size < 3) continue;
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
        eligible: !copies.has(id),
        anaphoric: opensAnaphorically(sentenceTokens, doc.segmented.language),
      });
      rank++;
    }
  });
  return candidates;
}
