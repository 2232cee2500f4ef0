import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { createCleaner } from "../stages/clean/index.js";
import { createStoryClusterer } from "../stages/cluster/index.js";
import { createDuplicateIndex } from "../stages/dedupe/index.js";
import { segmentText } from "../stages/segment/index.js";
import { articleIdFor } from "./article-id.js";
import { buildStory } from "./build-story.js";
import { prepareArticle } from "./prepare-article.js";
import { createRepeatedInputCheck } from "./repeated-input.js";
import { byIndependentSources } from "./story-order.js";

export interface AnalyzeOptions {
  /** Word budget of each story summary (default 100). */
  summaryWords?: number;
  /** Called as stories are built, for a progress bar. */
  onProgress?: (stage: "prepare" | "stories", done: number, total: number) => void;
}

/** The JSON contract of `recoupe analyze --format json`. */
export interface Analysis {
  articles: Article[];
  stories: Story[];
  diagnostics: Diagnostic[];
}

/**
 * Prepares each raw article of a batch in turn (clean, detect language, segment) and hands it to
 * `visit`: the cleaner first observes the whole batch (lines repeated across a site's articles).
 * The same article given twice (same URL, or same text) is visited once, and the repeat becomes an
 * info diagnostic; it is not prepared at all (its id says it is a repeat before any work).
 */
function prepareEach(
  raws: readonly RawArticle[],
  visit: (doc: AnalyzedArticle) => void,
  onProgress?: AnalyzeOptions["onProgress"],
): Diagnostic[] {
  const cleaner = createCleaner();
  for (const raw of raws) cleaner.observe(raw);
  const diagnostics: Diagnostic[] = [];
  const repeated = createRepeatedInputCheck();
  raws.forEach((raw, index) => {
    const id = articleIdFor(raw);
    const repeat = repeated(raw.path, id);
    if (repeat !== null) diagnostics.push(repeat);
    else {
      const prepared = prepareArticle(raw, cleaner.clean(raw), id);
      diagnostics.push(...prepared.diagnostics);
      visit(prepared.doc);
    }
    onProgress?.("prepare", index + 1, raws.length);
  });
  return diagnostics;
}

/** Cleans, segments and prepares a batch of raw articles, keeping each one's segmentation. */
export function prepareBatch(raws: readonly RawArticle[], onProgress?: AnalyzeOptions["onProgress"]) {
  const docs: AnalyzedArticle[] = [];
  const diagnostics = prepareEach(raws, (doc) => docs.push(doc), onProgress);
  return { docs, diagnostics };
}

/** Links near-copies to the earliest article they copy (sets `article.duplicateOf`). */
export function linkDuplicates(docs: readonly AnalyzedArticle[]): Map<ArticleId, ArticleId> {
  const index = createDuplicateIndex();
  for (const doc of docs) index.add(doc);
  const duplicates = index.duplicates();
  for (const doc of docs) doc.article.duplicateOf = duplicates.get(doc.article.id) ?? null;
  return duplicates;
}

/** Groups articles into stories (each article in exactly one), whatever order they come in. */
export function groupIntoStories(docs: readonly AnalyzedArticle[]): ArticleId[][] {
  const clusterer = createStoryClusterer();
  for (const doc of docs) clusterer.add(doc);
  return clusterer.clusters();
}

/**
 * Builds the dossier of each group, stories with most independent sources first. `docs` gives the
 * analysed articles, as a list or as a function that materialises one on demand (the batch job
 * segments a story's articles only while its dossier is built).
 */
export function buildStories(
  groups: readonly (readonly ArticleId[])[],
  docs: readonly AnalyzedArticle[] | ((id: ArticleId) => AnalyzedArticle),
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
  options: AnalyzeOptions = {},
): Story[] {
  let docOf: (id: ArticleId) => AnalyzedArticle;
  if (typeof docs === "function") docOf = docs;
  else {
    const byId = new Map(docs.map((doc) => [doc.article.id, doc]));
    docOf = (id) => byId.get(id)!;
  }
  const stories = groups.map((ids, index) => {
    const story = buildStory(ids.map(docOf), { summaryWords: options.summaryWords ?? 100, duplicates });
    options.onProgress?.("stories", index + 1, groups.length);
    return story;
  });
  return stories.sort(byIndependentSources);
}

/** What `indexArticles` gives: the prepared articles, their near-copy roots and their story groups. */
export interface IndexedBatch {
  articles: Article[];
  duplicates: Map<ArticleId, ArticleId>;
  groups: ArticleId[][];
  diagnostics: Diagnostic[];
}

/**
 * Ingest and clustering of a batch, streamed: each article is prepared, indexed for near-copies and
 * stories (compact features), and its segmentation dropped, so memory grows with the corpus's
 * features, not with every token of every article. Sets `article.duplicateOf`.
 */
export function indexArticles(raws: readonly RawArticle[], onProgress?: AnalyzeOptions["onProgress"]): IndexedBatch {
  const duplicateIndex = createDuplicateIndex();
  const clusterer = createStoryClusterer();
  const articles: Article[] = [];
  const diagnostics = prepareEach(
    raws,
    (doc) => {
      duplicateIndex.add(doc);
      clusterer.add(doc);
      articles.push(doc.article);
    },
    onProgress,
  );
  const duplicates = duplicateIndex.duplicates();
  for (const article of articles) article.duplicateOf = duplicates.get(article.id) ?? null;
  return { articles, duplicates, groups: clusterer.clusters(), diagnostics };
}

/**
 * The whole batch job: raw articles in, articles + stories + diagnostics out. A story's articles
 * are segmented again while its dossier is built, then let go.
 */
export function analyzeArticles(raws: readonly RawArticle[], options: AnalyzeOptions = {}): Analysis {
  const { articles, duplicates, groups, diagnostics } = indexArticles(raws, options.onProgress);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const resegment = (id: ArticleId): AnalyzedArticle => {
    const article = byId.get(id)!;
    return { article, segmented: segmentText(article.text, article.language) };
  };
  const stories = buildStories(groups, resegment, duplicates, options);
  return { articles, stories, diagnostics };
}
