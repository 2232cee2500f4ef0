import { serialize } from "node:v8";
import type { AnalyzedArticle } from "../../domain/document.js";
import type { Cleaner } from "../../stages/clean/index.js";
import { clusterFeatures, neighborGraphPart } from "../../stages/cluster/index.js";
import { duplicateFeatures } from "../../stages/dedupe/index.js";
import { segmentText } from "../../stages/segment/index.js";
import { buildStory } from "../build-story.js";
import { prepareArticle } from "../prepare-article.js";
import type { BatchResult, BatchTask, DatedArticle, PreparedRecord } from "./batch-tasks.js";

/**
 * Runs one task of a parallel batch: on a worker thread, or on the calling thread when the worker it
 * was sent to stopped (the result is the same). Prepare tasks clean with `cleaner`, which must know
 * the batch's site furniture; neighbour-search and build tasks clean nothing.
 */
export function runBatchTask(task: BatchTask, cleaner: Cleaner): BatchResult {
  if (task.kind === "prepare") {
    const records: PreparedRecord[] = task.raws.map((raw, k) => {
      const { doc, diagnostics } = prepareArticle(raw, cleaner.clean(raw), task.ids[k]);
      return { article: doc.article, cluster: clusterFeatures(doc), duplicate: duplicateFeatures(doc), diagnostics };
    });
    return { kind: "prepare", records };
  }
  if (task.kind === "neighbors") return { kind: "neighbors", result: neighborGraphPart(task.part) };
  const dated: DatedArticle[] = [];
  const stories = task.stories.map(({ articles, duplicates }) => {
    const docs: AnalyzedArticle[] = articles.map((article) => ({
      article,
      segmented: segmentText(article.text, article.language),
    }));
    const before = articles.map((article) => article.publishedAt);
    const story = buildStory(docs, { summaryWords: task.summaryWords, duplicates: new Map(duplicates) });
    articles.forEach((article, k) => {
      if (article.publishedAt !== before[k]) dated.push({ id: article.id, ...pick(article) });
    });
    return story;
  });
  return { kind: "build", stories: serialize(stories), count: stories.length, dated };
}

function pick(article: DatedArticle): Omit<DatedArticle, "id"> {
  return { publishedAt: article.publishedAt, publishedAtInferred: article.publishedAtInferred };
}
