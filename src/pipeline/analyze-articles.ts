import type { Article, RawArticle } from "../domain/article.js";
import type { Diagnostic } from "../domain/diagnostic.js";
import type { AnalyzedArticle } from "../domain/document.js";
import type { ArticleId } from "../domain/ids.js";
import type { Story } from "../domain/story.js";
import { createCleaner } from "../stages/clean/index.js";
import { createStoryClusterer } from "../stages/cluster/index.js";
import { createDuplicateIndex } from "../stages/dedupe/index.js";
import { buildStory } from "./build-story.js";
import { prepareArticle } from "./prepare-article.js";

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
 * Cleans, deduplicates, segments and prepares a batch of raw articles. The same article given twice
 * (same URL, or same text) is kept once, and the repeat becomes an info diagnostic.
 */
export function prepareBatch(raws: readonly RawArticle[], onProgress?: AnalyzeOptions["onProgress"]) {
  const cleaner = createCleaner();
  for (const raw of raws) cleaner.observe(raw);
  const docs: AnalyzedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<ArticleId, string>();
  raws.forEach((raw, index) => {
    const prepared = prepareArticle(raw, cleaner.clean(raw));
    diagnostics.push(...prepared.diagnostics);
    const id = prepared.doc.article.id;
    const first = seen.get(id);
    if (first !== undefined) {
      diagnostics.push({
        path: raw.path,
        code: "duplicate-input",
        severity: "info",
        stage: "ingest",
        message: `same article as ${first} (${id}); kept once`,
      });
    } else {
      seen.set(id, raw.path);
      docs.push(prepared.doc);
    }
    onProgress?.("prepare", index + 1, raws.length);
  });
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

/** Builds the dossier of each group. Stories with most independent sources first. */
export function buildStories(
  groups: readonly (readonly ArticleId[])[],
  docs: readonly AnalyzedArticle[],
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
  options: AnalyzeOptions = {},
): Story[] {
  const byId = new Map(docs.map((doc) => [doc.article.id, doc]));
  const stories = groups.map((ids, index) => {
    const story = buildStory(
      ids.map((id) => byId.get(id)!),
      { summaryWords: options.summaryWords ?? 100, duplicates },
    );
    options.onProgress?.("stories", index + 1, groups.length);
    return story;
  });
  return stories.sort(
    (a, b) =>
      b.independentSources - a.independentSources ||
      b.articleIds.length - a.articleIds.length ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The whole batch job: raw articles in, articles + stories + diagnostics out. */
export function analyzeArticles(raws: readonly RawArticle[], options: AnalyzeOptions = {}): Analysis {
  const { docs, diagnostics } = prepareBatch(raws, options.onProgress);
  const duplicates = linkDuplicates(docs);
  const stories = buildStories(groupIntoStories(docs), docs, duplicates, options);
  return { articles: docs.map((doc) => doc.article), stories, diagnostics };
}
