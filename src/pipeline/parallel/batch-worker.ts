import { parentPort, workerData } from "node:worker_threads";
import type { AnalyzedArticle } from "../../domain/document.js";
import { createCleaner } from "../../stages/clean/index.js";
import { clusterFeatures } from "../../stages/cluster/index.js";
import { duplicateFeatures } from "../../stages/dedupe/index.js";
import { segmentText } from "../../stages/segment/index.js";
import { buildStory } from "../build-story.js";
import { prepareArticle } from "../prepare-article.js";
import type { BatchResult, BatchTask, BatchWorkerData, DatedArticle, PreparedRecord } from "./batch-tasks.js";
import type { WorkerReply } from "./worker-pool.js";

// One thread of a parallel batch: prepares articles (clean with the batch's site memory, detect the
// language, segment, compute index features, drop the tokens) and builds stories' dossiers.
const { siteMemory } = workerData as BatchWorkerData;
const cleaner = createCleaner(siteMemory);

function run(task: BatchTask): BatchResult {
  if (task.kind === "prepare") {
    const records: PreparedRecord[] = task.raws.map((raw, k) => {
      const { doc, diagnostics } = prepareArticle(raw, cleaner.clean(raw), task.ids[k]);
      return { article: doc.article, cluster: clusterFeatures(doc), duplicate: duplicateFeatures(doc), diagnostics };
    });
    return { kind: "prepare", records };
  }
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
  return { kind: "build", stories, dated };
}

function pick(article: DatedArticle): Omit<DatedArticle, "id"> {
  return { publishedAt: article.publishedAt, publishedAtInferred: article.publishedAtInferred };
}

parentPort?.on("message", ({ id, task }: { id: number; task: BatchTask }) => {
  let reply: WorkerReply<BatchResult>;
  try {
    reply = { id, result: run(task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
