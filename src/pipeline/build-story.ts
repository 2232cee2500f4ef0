import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { corroborate, countIndependentSources } from "../stages/corroborate/index.js";
import {
  type DateReference,
  extractDates,
  extractTimeline,
  inferPublicationDate,
} from "../stages/extract/dates/index.js";
import { extractEntities } from "../stages/extract/entities/index.js";
import { extractQuantities } from "../stages/extract/numbers/index.js";
import {
  extractQuotes,
  mergeQuotesByAnchor,
  mergeTranslatedQuotes,
  quoteAnchors,
} from "../stages/extract/quotes/index.js";
import { summarizeStory } from "../stages/summarize/index.js";
import { storyIdFor } from "./article-id.js";
import { storyTitle } from "./story-title.js";

export interface StoryOptions {
  /** Word budget of the summary. */
  summaryWords: number;
  /** Article → the earliest near-copy it duplicates (across the whole corpus). */
  duplicates: ReadonlyMap<ArticleId, ArticleId>;
}

/** Articles in reading order: dated ones by date, then undated, ties by id. */
export function byPublication(a: AnalyzedArticle, b: AnalyzedArticle): number {
  const da = a.article.publishedAt ?? "9999";
  const db = b.article.publishedAt ?? "9999";
  return da < db ? -1 : da > db ? 1 : a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

/**
 * The date each article's relative expressions resolve against. Undated articles get one inferred
 * from their own text and the story, which becomes their (inferred) publication date; month-only
 * dates ("2022-01" from a date marker) are refined to a day for resolving, but stay as given.
 */
function dateReferences(docs: readonly AnalyzedArticle[]): Map<ArticleId, DateReference> {
  const references = new Map<ArticleId, DateReference>();
  for (const doc of docs) {
    const given = doc.article.publishedAt;
    if (given !== null && /^\d{4}-\d{2}-\d{2}/.test(given)) {
      references.set(doc.article.id, { date: given.slice(0, 10), inferred: doc.article.publishedAtInferred });
      continue;
    }
    const inferred = inferPublicationDate(doc, docs);
    if (given === null && inferred.date !== null) {
      doc.article.publishedAt = inferred.date;
      doc.article.publishedAtInferred = true;
    }
    const refined =
      inferred.date !== null && (given === null || inferred.date.startsWith(given)) ? inferred.date : given;
    references.set(doc.article.id, { date: refined, inferred: true });
  }
  return references;
}

/** The whole dossier of one story from its articles: every field of the JSON contract. */
export function buildStory(storyDocs: readonly AnalyzedArticle[], options: StoryOptions): Story {
  const docs = [...storyDocs].sort(byPublication);
  const references = dateReferences(docs);
  docs.sort(byPublication);
  const duplicates = new Map<ArticleId, ArticleId>();
  const ids = new Set(docs.map((doc) => doc.article.id));
  for (const doc of docs) {
    const root = options.duplicates.get(doc.article.id);
    if (root !== undefined && ids.has(root)) duplicates.set(doc.article.id, root);
  }
  const title = storyTitle(docs);
  // Names read in the title's language: "Geneva", "Sergei Lavrov" under an English title.
  const entities = extractEntities(docs, { language: title.language });
  const quantities = docs.flatMap((doc) => extractQuantities(doc));
  const dateMentions = docs.flatMap((doc) =>
    extractDates(doc, references.get(doc.article.id) ?? { date: null, inferred: true }),
  );
  const languageOf = new Map(docs.map((doc) => [doc.article.id, doc.article.language]));
  const extracted = extractQuotes(docs, entities);
  // One speaker's quotes holding one date or number are one across languages: a claim every outlet quoting it makes.
  const quotes =
    new Set(languageOf.values()).size < 2
      ? extracted
      : mergeQuotesByAnchor(extracted, quoteAnchors(dateMentions, quantities, references), languageOf);
  const { facts, discrepancies, coverage } = corroborate(docs, {
    duplicates,
    entities,
    quantities,
    dates: dateMentions,
    quotes,
  });
  const dates = docs
    .map((doc) => doc.article.publishedAt)
    .filter((date): date is string => date !== null)
    .sort();
  return {
    id: storyIdFor(docs.map((doc) => doc.article.id)),
    title: title.text,
    articleIds: docs.map((doc) => doc.article.id),
    independentSources: countIndependentSources(
      docs.map((doc) => doc.article.id),
      new Map(docs.map((doc) => [doc.article.id, doc.article])),
      duplicates,
    ),
    languages: [...new Set(docs.map((doc) => doc.article.language))].sort(),
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    // A fact's sentences state one thing, in any language: the summary says it once.
    summary: summarizeStory(docs, {
      words: options.summaryWords,
      duplicates,
      statements: facts.map((fact) => fact.evidence),
    }),
    entities,
    // A fact's sentences in several languages say one statement: the quotes they hold are one.
    quotes: mergeTranslatedQuotes(
      quotes,
      facts.map((fact) => fact.evidence),
      languageOf,
    ),
    facts,
    discrepancies,
    // A fact's sentences in several languages say one statement: the day they name is one event.
    timeline: extractTimeline(
      docs,
      references,
      dateMentions,
      facts.map((fact) => fact.evidence),
    ),
    coverage,
  };
}
