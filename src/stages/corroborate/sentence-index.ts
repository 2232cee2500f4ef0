import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Token } from "../../domain/text.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../language-data/calendar-words.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { NUMBER_WORDS } from "../../language-data/number-words.js";
import { cosine, DocumentFrequencies, type TermVector, termCounts, weightVector } from "../../similarity/index.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { createEntityFeatures } from "./entity-features.js";
import { sentenceCues } from "./sentence-cues.js";

/** Counts up to this ("deux entretiens", "two presidents") are too common to tie two claims. */
const SMALL_COUNT = 10;
/** Names in at most this share of the story's sentences count among claim terms. */
const RARE_NAME_SHARE = 0.05;

const calendarCache = new Map<string, Set<string>>();

/** Month and weekday names of a language, lower-case. */
function calendarWords(language: string): Set<string> {
  let words = calendarCache.get(language);
  if (words === undefined) {
    const lang = language as SupportedLanguage;
    words = new Set(
      [...(MONTH_NAMES[lang] ?? []), ...(WEEKDAY_NAMES[lang] ?? [])].flat().map((word) => word.toLowerCase()),
    );
    calendarCache.set(language, words);
  }
  return words;
}

/** Content stems written in lower case (or opening the sentence), and the sentence's number and date features. */
function claimTermsOf(tokens: readonly Token[], terms: TermVector, language: string): Set<string> {
  const numberWords = (NUMBER_WORDS[language as SupportedLanguage] ?? NUMBER_WORDS.en!).values;
  const calendar = calendarWords(language);
  const claim = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.isStopword || token.stem.length < 3 || (token.capitalized && index > 0) || !terms.has(token.stem)) return;
    // Numbers and dates count through their features, which read "deux" and "vendredi" as values.
    if (numberWords[token.normal] === undefined && !calendar.has(token.normal)) claim.add(token.stem);
  });
  for (const term of terms.keys()) {
    const count = /^number:count:(\d+)$/.exec(term);
    if (count !== null && Number(count[1]) <= SMALL_COUNT) continue;
    if (term.startsWith("number:") || term.startsWith("date:")) claim.add(term);
  }
  return claim;
}

/** One sentence of the story with what corroborate compares. */
export interface IndexedSentence {
  articleId: ArticleId;
  sentence: number;
  start: number;
  end: number;
  /** Content stems, entities and exact numbers, TF-IDF weighted over the story's sentences. */
  vector: TermVector;
  /** The same with the neighbouring sentences added at half weight: the context of a number or venue. */
  context: TermVector;
  /** Number of content terms: very short sentences are not claims. */
  terms: number;
  reported: boolean;
  negated: boolean;
  /**
   * What a claim is made of: content stems written in lower case (or opening the sentence), exact numbers and
   * dates, and the names few sentences use. Two sentences sharing only the story's protagonists ("Blinken",
   * "Lavrov") make no claim together.
   */
  claimTerms: Set<string>;
  /** Names its own subject: it opens neither on a back-reference ("Ce dernier", "Il") nor inside a quotation. */
  standalone: boolean;
  /** Holds an excerpt that flags its article as machine-translated ("mais stress que"): a poor representative. */
  garbled: boolean;
}

/**
 * Whether the sentence `[start, end)` of `doc` overlaps one of its article's machine-translation
 * signals (their excerpts carry a little context, so they may straddle two sentences).
 */
function isGarbled(doc: AnalyzedArticle, start: number, end: number): boolean {
  // Articles built by hand (tests, callers outside the pipeline) may come without translation flags.
  for (const signal of doc.article.machineTranslated?.signals ?? []) {
    const at = signal.excerpt === "" ? -1 : doc.article.text.indexOf(signal.excerpt);
    if (at >= 0 && Math.min(end, at + signal.excerpt.length) - Math.max(start, at) >= 10) return true;
  }
  return false;
}

/** The sentences of all `docs` with their vectors; `similarity(a, b)` is the cosine of two of them. */
export function indexSentences(docs: readonly AnalyzedArticle[], options: CorroborateOptions): IndexedSentence[] {
  const counts: { doc: AnalyzedArticle; sentence: number; terms: TermVector; tokens: Token[] }[] = [];
  const frequencies = new DocumentFrequencies();
  const claimTerms: Set<string>[] = [];
  const entities = createEntityFeatures(options.entities ?? []);
  const numbersByArticle = new Map<ArticleId, Map<number, string[]>>();
  const numbersOf = (articleId: ArticleId): Map<number, string[]> => {
    let numbers = numbersByArticle.get(articleId);
    if (numbers === undefined) {
      numbers = new Map();
      numbersByArticle.set(articleId, numbers);
    }
    return numbers;
  };
  // Quantities first, then dates, each in the order given: the order the features join a sentence's terms.
  for (const quantity of options.quantities ?? []) {
    if (quantity.vague || quantity.kind === "date") continue;
    const numbers = numbersOf(quantity.articleId);
    const list = numbers.get(quantity.sentence) ?? [];
    list.push(`number:${quantity.kind}:${quantity.normalized}`);
    numbers.set(quantity.sentence, list);
  }
  for (const mention of options.dates ?? []) {
    if (mention.precision === "year") continue;
    const numbers = numbersOf(mention.articleId);
    const list = numbers.get(mention.sentence) ?? [];
    list.push(`date:${mention.date}`);
    numbers.set(mention.sentence, list);
  }
  for (const doc of docs) {
    const numbers = numbersByArticle.get(doc.article.id) ?? new Map<number, string[]>();
    const tokensBySentence = doc.segmented.sentences.map((): Token[] => []);
    for (const token of doc.segmented.tokens) tokensBySentence[token.sentence]?.push(token);
    doc.segmented.sentences.forEach((bounds, sentence) => {
      const terms = termCounts(tokensBySentence[sentence] ?? []);
      const text = doc.segmented.text.slice(bounds.start, bounds.end);
      for (const feature of entities.of(text)) terms.set(feature, 1);
      for (const feature of numbers.get(sentence) ?? []) terms.set(feature, 1);
      frequencies.add(terms.keys());
      counts.push({ doc, sentence, terms, tokens: tokensBySentence[sentence] ?? [] });
      claimTerms.push(claimTermsOf(tokensBySentence[sentence] ?? [], terms, doc.segmented.language));
    });
  }
  const idf = (term: string): number => frequencies.idf(term);
  // A name few sentences use carries a claim ("la Roumanie et la Bulgarie"); the story's protagonists do not.
  const rareName = Math.max(2, RARE_NAME_SHARE * frequencies.size);
  counts.forEach(({ terms }, index) => {
    for (const term of terms.keys())
      if (term.startsWith("entity:") && frequencies.frequency(term) <= rareName) claimTerms[index]!.add(term);
  });
  const vectors = counts.map(({ terms }) => weightVector(terms, idf));
  return counts.map(({ doc, sentence, terms, tokens }, index) => {
    const bounds = doc.segmented.sentences[sentence]!;
    const around = new Map(terms);
    for (const neighbour of [index - 1, index + 1]) {
      const other = counts[neighbour];
      if (other === undefined || other.doc !== doc) continue;
      for (const [term, count] of other.terms) around.set(term, (around.get(term) ?? 0) + count / 2);
    }
    return {
      articleId: doc.article.id,
      sentence,
      start: bounds.start,
      end: bounds.end,
      vector: vectors[index]!,
      context: weightVector(around, idf, false),
      terms: terms.size,
      ...sentenceCues(doc.segmented, sentence, tokens),
      garbled: isGarbled(doc, bounds.start, bounds.end),
      claimTerms: claimTerms[index]!,
    };
  });
}

export { cosine as similarity };
