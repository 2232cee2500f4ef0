import type { Article, RawArticle } from "../../domain/article.js";
import type { Diagnostic } from "../../domain/diagnostic.js";
import type { ArticleId } from "../../domain/ids.js";
import type { SiteMemorySnapshot } from "../../stages/clean/index.js";
import type { ClusterFeatures, NeighborGraphPart, NeighborGraphPartResult } from "../../stages/cluster/index.js";
import type { DuplicateFeatures } from "../../stages/dedupe/index.js";

/**
 * Broadcast to every worker of a batch before its first task (the workers start loading the pipeline
 * while the batch is observed): what the cleaner learnt from the whole batch.
 */
export interface BatchWorkerSetup {
  setup: { siteMemory: SiteMemorySnapshot };
}

/** One article prepared by a worker: the article and the compact features the indexes need, no tokens. */
export interface PreparedRecord {
  article: Article;
  cluster: ClusterFeatures;
  duplicate: DuplicateFeatures;
  diagnostics: Diagnostic[];
}

/** One story to build: its articles (segmented again by the worker) and their near-copy roots. */
export interface StoryTask {
  articles: Article[];
  duplicates: [ArticleId, ArticleId][];
}

/** What a worker did to one article while building its story (an inferred publication date). */
export interface DatedArticle {
  id: ArticleId;
  publishedAt: string | null;
  publishedAtInferred: boolean;
}

export type BatchTask =
  | { kind: "prepare"; raws: RawArticle[]; ids: ArticleId[] }
  | { kind: "build"; stories: StoryTask[]; summaryWords: number }
  | { kind: "neighbors"; part: NeighborGraphPart };

export type BatchResult =
  | { kind: "prepare"; records: PreparedRecord[] }
  | { kind: "neighbors"; result: NeighborGraphPartResult }
  | {
      kind: "build";
      /**
       * The task's stories, `v8.serialize`d: kept as bytes until the batch is done (a third of the
       * memory of the objects), read back once the workers are gone.
       */
      stories: Uint8Array;
      count: number;
      dated: DatedArticle[];
    };
